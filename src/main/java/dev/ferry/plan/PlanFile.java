package dev.ferry.plan;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import dev.ferry.workspace.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A saved plan ({@code plan --out plan.json}) and reading it back for {@code apply --plan}. Payloads are
 * stored as rendered, with secret references and {@code @ref:} placeholders, so the file holds no secret
 * and no id Ferry has not already seen in the org.
 */
public final class PlanFile {
    static final int FORMAT = 1;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PlanFile() {}

    public static void write(Plan plan, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, toText(plan), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot write the plan to " + file + ": " + e.getMessage(), e);
        }
    }

    public static String toText(Plan plan) {
        return JSON.writeValueAsString(toJson(plan)) + "\n";
    }

    public static ObjectNode toJson(Plan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("ferryPlan", FORMAT);
        root.put("environment", plan.environment());
        root.put("org", plan.org());
        root.put("orgId", plan.orgId());
        ObjectNode git = root.putObject("git");
        git.put("sha", plan.gitSha());
        git.put("dirty", plan.gitDirty());
        git.put("revision", plan.revision());
        root.put("createdAt", plan.createdAt());
        root.put("prune", plan.prune());
        plan.only().forEach(root.putArray("only")::add);
        ArrayNode actions = root.putArray("actions");
        plan.actions().forEach(action -> actions.add(action(action)));
        ObjectNode ids = root.putObject("ids");
        plan.ids().forEach(ids::put);
        ObjectNode hashes = root.putObject("liveHashes");
        plan.liveHashes().forEach(hashes::put);
        ArrayNode unmanaged = root.putArray("unmanaged");
        for (Plan.Unmanaged object : plan.unmanaged()) {
            unmanaged.addObject().put("target", object.target().spelling()).put("id", object.id())
                    .put("name", object.name()).put("ignored", object.ignored());
        }
        plan.warnings().forEach(root.putArray("warnings")::add);
        return root;
    }

    private static ObjectNode action(PlanAction action) {
        ObjectNode node = JSON.createObjectNode();
        node.put("action", action.type().label());
        node.put("target", action.target().spelling());
        node.put("key", action.key());
        node.put("kind", action.kind() == null ? null : action.kind().spelling());
        node.put("slug", action.slug());
        node.put("file", action.file());
        node.put("name", action.name());
        node.put("id", action.id());
        node.put("status", action.status().label());
        node.put("reason", action.reason());
        action.write().forEach(node.putArray("write")::add);
        action.changes().forEach(node.putArray("changes")::add);
        action.managed().forEach(node.putArray("managed")::add);
        action.backLinks().forEach(node.putArray("backLinks")::add);
        node.set("payload", action.payload());
        ObjectNode secrets = node.putObject("secrets");
        action.secrets().forEach(secrets::put);
        node.put("liveHash", action.liveHash());
        ObjectNode fields = node.putObject("liveFields");
        action.liveFields().forEach(fields::put);
        node.put("viewHash", action.viewHash());
        return node;
    }

    /**
     * Reads a saved plan.
     *
     * @throws FerryException exit 2 when the file is missing or is not a Ferry plan
     */
    public static Plan read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new FerryException(ExitCode.USAGE, "plan file " + file + " does not exist");
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read plan file " + file + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new FerryException(ExitCode.USAGE, file + " is not a Ferry plan file (invalid JSON at line "
                    + e.getLocation().getLineNr() + "); make one with ferry plan --out");
        }
        if (root == null || root.path("ferryPlan").asInt(0) != FORMAT || !root.path("environment").isString()
                || !root.path("actions").isArray()) {
            throw new FerryException(ExitCode.USAGE, file + " is not a Ferry plan file (format " + FORMAT
                    + " expected); make one with ferry plan --out");
        }
        try {
            return fromJson(root);
        } catch (RuntimeException e) {
            throw new FerryException(ExitCode.USAGE, file + " is not a valid Ferry plan file ("
                    + e.getMessage() + "); make a new one with ferry plan --out");
        }
    }

    private static Plan fromJson(JsonNode root) {
        List<PlanAction> actions = new ArrayList<>();
        root.get("actions").forEach(node -> actions.add(readAction(node)));
        List<Plan.Unmanaged> unmanaged = new ArrayList<>();
        root.path("unmanaged").forEach(node -> unmanaged.add(new Plan.Unmanaged(
                Target.parse(node.path("target").asString()), node.path("id").asString(),
                node.path("name").asString(), node.path("ignored").asBoolean())));
        return new Plan(root.get("environment").asString(), text(root, "org"), text(root, "orgId"),
                text(root.path("git"), "sha"), root.path("git").path("dirty").asBoolean(false),
                text(root.path("git"), "revision"), text(root, "createdAt"), root.path("prune").asBoolean(false),
                strings(root.path("only")), actions, map(root.path("ids")), map(root.path("liveHashes")), unmanaged,
                strings(root.path("warnings")));
    }

    private static PlanAction readAction(JsonNode node) {
        String kind = text(node, "kind");
        JsonNode payload = node.get("payload");
        return new PlanAction(ActionType.parse(node.path("action").asString()),
                Target.parse(node.path("target").asString()), node.path("key").asString(),
                kind == null ? null : Kind.parse(kind).orElseThrow(() -> new IllegalArgumentException("kind " + kind)),
                text(node, "slug"), text(node, "file"), text(node, "name"), text(node, "id"),
                payload == null || payload.isNull() ? null : (ObjectNode) payload, strings(node.path("managed")),
                strings(node.path("write")), strings(node.path("changes")), strings(node.path("backLinks")),
                map(node.path("secrets")), text(node, "liveHash"), map(node.path("liveFields")),
                text(node, "viewHash"), status(node.path("status").asString()), text(node, "reason"));
    }

    private static Status status(String label) {
        for (Status status : Status.values()) {
            if (status.label().equals(label)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + label + "'");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asString()));
        return values;
    }

    private static Map<String, String> map(JsonNode object) {
        Map<String, String> values = new TreeMap<>();
        object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
