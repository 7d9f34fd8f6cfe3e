package dev.ferry.export;

import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import tools.jackson.databind.node.ObjectNode;

/** The inverse of StructuredOutputRenderer: {@code assistantIds} become {@code assistants} refs. */
final class StructuredOutputExport {
    private StructuredOutputExport() {}

    static ObjectNode spec(ObjectNode body, Identity self, ExportContext context) {
        context.applyParams(body, self.file());
        Refs.setIfAny(body, "assistants", Refs.split(body, "assistantIds", "/assistantIds", Target.ASSISTANT,
                Kind.ASSISTANT, self, context));
        context.noteMissingName(body, self);
        return body;
    }
}
