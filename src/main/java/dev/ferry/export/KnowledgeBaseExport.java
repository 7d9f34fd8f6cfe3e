package dev.ferry.export;

import dev.ferry.config.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inverse of KnowledgeBaseRenderer: a Ferry-shaped query tool becomes a KnowledgeBase document
 * whose files are written under {@code knowledge/<slug>/}, byte for byte. Defaults render fills in
 * (the slug as name, the google provider) are left out.
 */
final class KnowledgeBaseExport {
    private KnowledgeBaseExport() {}

    static ObjectNode spec(KnowledgeForm form, Identity self, ExportContext context) {
        JsonNode base = form.knowledgeBase();
        ObjectNode spec = ExportContext.NODES.objectNode();
        if (!form.slug().equals(base.get("name").asString())) {
            spec.set("name", base.get("name"));
        }
        spec.set("description", base.get("description"));
        if (base.has("model")) {
            spec.set("model", base.get("model"));
        }
        var files = spec.putArray("files");
        for (KnowledgeForm.KnowledgeFile file : form.files()) {
            String path = Kind.KNOWLEDGE_BASE.folder() + "/" + form.slug() + "/" + file.fileName();
            files.add(path);
            context.addFile(path, file.content());
        }
        return spec;
    }
}
