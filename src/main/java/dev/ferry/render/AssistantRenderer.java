package dev.ferry.render;

import dev.ferry.config.Kind;
import dev.ferry.config.ResourceDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders an Assistant: policy merged underneath, params substituted, then the sugar expanded
 * into plain Vapi fields (model shorthand, system prompt file, tool, knowledge and
 * structured-output refs, authRef).
 */
final class AssistantRenderer {
    private AssistantRenderer() {}

    static RenderedResource render(ResourceDocument document, RenderContext context) {
        ObjectNode spec = withPolicies(document, context, new HashSet<>());
        spec = (ObjectNode) ParamSubstitution.apply(spec, context.environment().params(),
                context.environment().name());
        boolean hadModel = spec.has("model");
        ObjectNode model = expandModel(spec, document);
        JsonNode prompt = spec.remove("systemPromptRef");
        if (prompt != null) {
            setSystemPrompt(model, context.text(prompt.asString()));
        }
        ArrayNode toolIds = model.has("toolIds") ? (ArrayNode) model.get("toolIds") : RenderContext.NODES.arrayNode();
        JsonNode tools = spec.remove("tools");
        if (tools != null) {
            for (JsonNode ref : tools) {
                for (String key : ToolRenderer.keysOf(context.document(Kind.TOOL, ref.path("ref").asString()),
                        ref.path("operations"))) {
                    toolIds.add(context.idOf(Target.TOOL, key));
                }
            }
        }
        JsonNode knowledge = spec.remove("knowledge");
        if (knowledge != null) {
            for (JsonNode ref : knowledge) {
                toolIds.add(context.idOf(Target.TOOL, KnowledgeBaseRenderer.toolKey(ref.path("ref").asString())));
            }
        }
        if (tools != null || knowledge != null) {
            model.set("toolIds", toolIds);
        }
        JsonNode outputs = spec.remove("structuredOutputs");
        if (outputs != null) {
            ObjectNode artifactPlan = spec.has("artifactPlan") ? (ObjectNode) spec.get("artifactPlan")
                    : spec.putObject("artifactPlan");
            ArrayNode ids = artifactPlan.has("structuredOutputIds") ? (ArrayNode) artifactPlan.get("structuredOutputIds")
                    : artifactPlan.putArray("structuredOutputIds");
            for (JsonNode ref : outputs) {
                ids.add(context.idOf(Target.STRUCTURED_OUTPUT, ref.path("ref").asString()));
            }
        }
        JsonNode authRef = spec.remove("authRef");
        if (authRef != null) {
            ObjectNode server = spec.has("server") ? (ObjectNode) spec.get("server") : spec.putObject("server");
            server.put("credentialId", context.credentialFor(authRef, document));
        }
        if (!hadModel && model.isEmpty()) {
            // Made above only to receive a prompt or tool ids; with neither, the file asked for no model.
            spec.remove("model");
        }
        if (!spec.has("name")) {
            spec.put("name", document.slug());
        }
        return new RenderedResource(Kind.ASSISTANT, document.slug(), Target.ASSISTANT, document.slug(),
                spec.get("name").asString(), spec, document.file(), List.of());
    }

    /** The spec with its policy (and the policies that policy builds on) merged underneath. */
    static ObjectNode withPolicies(ResourceDocument document, RenderContext context, Set<String> seen) {
        ObjectNode spec = (ObjectNode) document.spec().deepCopy();
        JsonNode policyRef = spec.remove("safetyPolicyRef");
        if (policyRef == null) {
            return spec;
        }
        String file = java.nio.file.Path.of(policyRef.asString()).normalize().toString().replace('\\', '/');
        ResourceDocument policy = context.repo().documents(Kind.POLICY).stream()
                .filter(candidate -> candidate.file().equals(file)).findFirst()
                .orElseThrow(() -> new RenderException("'" + policyRef.asString() + "' is not a Policy document"));
        if (!seen.add(policy.file())) {
            throw new RenderException("policy loop through " + policy.file());
        }
        return DeepMerge.under(withPolicies(policy, context, seen), spec);
    }

    private static ObjectNode expandModel(ObjectNode spec, ResourceDocument document) {
        JsonNode model = spec.get("model");
        if (model == null) {
            return spec.putObject("model");
        }
        if (model.isString()) {
            String name = model.asString();
            ObjectNode expanded = RenderContext.NODES.objectNode();
            expanded.put("provider", ModelProviders.providerOf(name).orElseThrow(() -> new RenderException(
                    document.file() + ": cannot tell the provider of model '" + name + "'; write model: {provider: ..., "
                            + "model: " + name + "} (known prefixes: " + ModelProviders.known() + ")")));
            expanded.put("model", name);
            spec.set("model", expanded);
            return expanded;
        }
        return (ObjectNode) model;
    }

    private static void setSystemPrompt(ObjectNode model, String prompt) {
        ArrayNode messages = model.has("messages") ? (ArrayNode) model.get("messages") : model.putArray("messages");
        ObjectNode system = RenderContext.NODES.objectNode();
        system.put("role", "system");
        system.put("content", prompt);
        if (!messages.isEmpty() && "system".equals(messages.get(0).path("role").asString())) {
            messages.set(0, system);
        } else {
            messages.insert(0, system);
        }
    }
}
