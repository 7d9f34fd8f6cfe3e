package dev.ferry.render;

import dev.ferry.config.Environment;
import dev.ferry.config.Kind;
import dev.ferry.config.PlatformRepo;
import dev.ferry.config.RepoPaths;
import dev.ferry.config.ResourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What the per-kind renderers share while rendering one environment: refs, files, credentials. */
final class RenderContext {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlatformRepo repo;
    private final Environment environment;
    private final LiveIndex index;
    private final Map<String, RenderedResource> credentials = new LinkedHashMap<>();

    RenderContext(PlatformRepo repo, Environment environment, LiveIndex index) {
        this.repo = repo;
        this.environment = environment;
        this.index = index;
    }

    Environment environment() {
        return environment;
    }

    PlatformRepo repo() {
        return repo;
    }

    /** The id of {@code key} in the org, or a placeholder that apply fills in. */
    String idOf(Target target, String key) {
        return index.idOf(target, key).orElseGet(() -> new RefPlaceholder(target, key).text());
    }

    ResourceDocument document(Kind kind, String slug) {
        return repo.find(kind, slug).orElseThrow(() -> new RenderException("refers to " + kind.spelling() + " '" + slug
                + "', which no file defines"));
    }

    /** A file's text, byte for byte (prompts keep their final newline and any CR). */
    String text(String written) {
        RepoPaths.Resolution resolution = RepoPaths.resolve(repo.root(), written);
        if (resolution instanceof RepoPaths.Problem problem) {
            throw new RenderException(problem.message());
        }
        try {
            return new String(Files.readAllBytes(((RepoPaths.Found) resolution).path()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RenderException("cannot read '" + written + "': " + e.getMessage());
        }
    }

    JsonNode json(String written) {
        try {
            return JSON.readTree(text(written));
        } catch (tools.jackson.core.JacksonException e) {
            throw new RenderException("'" + written + "' is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The credential an {@code authRef} stands for, made once per secret and form; returns its id or placeholder. */
    String credentialFor(JsonNode authRef, ResourceDocument owner) {
        String secret = authRef.isObject() ? authRef.path("secret").asString() : authRef.asString();
        String type = authRef.isObject() ? authRef.path("type").asString("bearer") : "bearer";
        String headerName = authRef.path("headerName").asString(null);
        String path = secret.startsWith("secrets://") ? secret.substring("secrets://".length()) : secret;
        String key = headerName == null ? path : path + "#" + headerName;
        credentials.computeIfAbsent(key, k -> {
            ObjectNode plan = NODES.objectNode();
            plan.put("type", "bearer");
            plan.put("token", "${" + secret + "}");
            if (headerName != null) {
                plan.put("headerName", headerName);
            }
            if ("header".equals(type)) {
                plan.put("bearerPrefixEnabled", false);
            }
            ObjectNode payload = NODES.objectNode();
            payload.put("provider", "custom-credential");
            String name = key.length() > 40 ? key.substring(0, 40) : key;
            payload.put("name", name);
            payload.set("authenticationPlan", plan);
            return new RenderedResource(owner.kind(), owner.slug(), Target.CREDENTIAL, k, name, payload,
                    owner.file(), java.util.List.of());
        });
        return idOf(Target.CREDENTIAL, key);
    }

    Iterable<RenderedResource> credentials() {
        return credentials.values();
    }
}
