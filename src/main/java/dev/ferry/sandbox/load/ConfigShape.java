package dev.ferry.sandbox.load;

import dev.ferry.render.RefFields;
import dev.ferry.render.Target;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Tells what a real configuration file holds: which kind of object (from its folder, else its
 * fields) and in which of the three shapes people keep them — a GET dump (ids and timestamps), a
 * file pulled by Vapi's gitops tool (slug references), or a hand-written request body.
 */
final class ConfigShape {
    enum Shape {
        GET_DUMP,
        GITOPS,
        REQUEST_BODY
    }

    private static final Set<String> TOOL_TYPES = Set.of("function", "apiRequest", "transferCall", "handoff", "endCall",
            "dtmf", "voicemail", "query", "mcp", "code", "sms", "sipRequest", "bash", "computer", "textEditor", "ghl",
            "knowledgeBase", "output", "make", "slack.message.send", "google.calendar.event.create",
            "google.calendar.availability.check", "google.sheets.row.append");

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ConfigShape() {}

    static Optional<Target> targetOf(String path, JsonNode body) {
        String lower = path.toLowerCase(Locale.ROOT).replace('\\', '/');
        if (lower.contains("/assistants/")) {
            return Optional.of(Target.ASSISTANT);
        }
        if (lower.contains("/squads/")) {
            return Optional.of(Target.SQUAD);
        }
        if (lower.contains("/tools/")) {
            return Optional.of(Target.TOOL);
        }
        if (lower.contains("/structuredoutputs/") || lower.contains("/structured-outputs/")) {
            return Optional.of(Target.STRUCTURED_OUTPUT);
        }
        if (lower.contains("/credentials/")) {
            return Optional.of(Target.CREDENTIAL);
        }
        return fromFields(body);
    }

    private static Optional<Target> fromFields(JsonNode body) {
        if (!body.isObject()) {
            return Optional.empty();
        }
        if (body.has("members")) {
            return Optional.of(Target.SQUAD);
        }
        if (body.has("authenticationPlan") || body.path("provider").asString("").endsWith("-credential")) {
            return Optional.of(Target.CREDENTIAL);
        }
        if (body.has("schema") && (body.has("assistant_ids") || body.has("assistantIds") || body.has("target")
                || "ai".equals(body.path("type").asString()) || "regex".equals(body.path("type").asString()))) {
            return Optional.of(Target.STRUCTURED_OUTPUT);
        }
        if (TOOL_TYPES.contains(body.path("type").asString(""))) {
            return Optional.of(Target.TOOL);
        }
        if (body.has("model") || body.has("voice") || body.has("firstMessage") || body.has("transcriber")
                || body.has("name")) {
            return Optional.of(Target.ASSISTANT);
        }
        return Optional.empty();
    }

    static Shape shapeOf(String path, JsonNode body, Target target) {
        if (body.has("id") && (body.has("orgId") || body.has("createdAt"))) {
            return Shape.GET_DUMP;
        }
        if (path.endsWith(".md") || body.has("assistant_ids") || path.replace('\\', '/').contains("/resources/")
                || hasSlugRefs(body, target)) {
            return Shape.GITOPS;
        }
        return Shape.REQUEST_BODY;
    }

    /** gitops writes local file names where the API has ids: a ref field holding a non-UUID gives it away. */
    private static boolean hasSlugRefs(JsonNode body, Target target) {
        boolean[] found = {false};
        for (RefFields.RefField field : RefFields.of(target)) {
            Placeholders.forEachMatch(body, field.pattern(), (parent, at, value, path) -> {
                if (!UUID.matcher(value).matches()) {
                    found[0] = true;
                }
            });
        }
        return found[0];
    }
}
