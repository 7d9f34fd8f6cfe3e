package dev.ferry.render;

import dev.ferry.config.Kind;
import dev.ferry.config.ResourceDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a KnowledgeBase as Vapi realizes file-based knowledge: one uploaded file per document
 * (its sha256 kept in the upload's metadata, so a changed document is uploaded anew) and one
 * {@code query} tool named after the slug that assistants use through {@code knowledge: [{ref}]}.
 */
final class KnowledgeBaseRenderer {
    private static final int MAX_FILE_NAME = 40;

    private KnowledgeBaseRenderer() {}

    /** The key of the query tool that stands for a knowledge base. */
    static String toolKey(String slug) {
        return "kb-" + slug;
    }

    static List<RenderedResource> render(ResourceDocument document, RenderContext context) {
        JsonNode spec = document.spec();
        List<RenderedResource> resources = new ArrayList<>();
        ArrayNode fileIds = RenderContext.NODES.arrayNode();
        for (JsonNode written : spec.path("files")) {
            String path = written.asString();
            String content = context.text(path);
            String key = document.slug() + "/" + path.substring(path.lastIndexOf('/') + 1);
            String name = fileName(document.slug(), path);
            ObjectNode payload = RenderContext.NODES.objectNode();
            payload.put("name", name);
            payload.put("path", path);
            payload.put("sha256", sha256(content));
            resources.add(new RenderedResource(Kind.KNOWLEDGE_BASE, document.slug(), Target.FILE, key, name, payload,
                    document.file(), List.of()));
            fileIds.add(context.idOf(Target.FILE, key));
        }
        String name = spec.path("name").asString(document.slug());
        ObjectNode knowledgeBase = RenderContext.NODES.objectNode();
        knowledgeBase.put("name", name);
        knowledgeBase.put("provider", spec.path("provider").asString("google"));
        if (spec.has("model")) {
            knowledgeBase.put("model", spec.get("model").asString());
        }
        knowledgeBase.put("description", spec.path("description").asString());
        knowledgeBase.set("fileIds", fileIds);
        ObjectNode tool = RenderContext.NODES.objectNode();
        tool.put("type", "query");
        ObjectNode function = tool.putObject("function");
        function.put("name", functionName(document.slug()));
        tool.putArray("knowledgeBases").add(knowledgeBase);
        resources.add(new RenderedResource(Kind.KNOWLEDGE_BASE, document.slug(), Target.TOOL, toolKey(document.slug()),
                functionName(document.slug()), tool, document.file(), List.of()));
        return resources;
    }

    static String functionName(String slug) {
        return "kb_" + slug.replace('-', '_');
    }

    private static String fileName(String slug, String path) {
        String name = slug + "-" + path.substring(path.lastIndexOf('/') + 1);
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }

    private static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
