package dev.ferry.schema;

import dev.ferry.config.Kind;
import java.util.List;

/** The JSON Schemas Ferry ships, one per document type and one for golden-path transcripts, plus shared definitions. */
public enum SchemaName {
    ENVIRONMENTS("environments.schema.json"),
    ASSISTANT("assistant.schema.json"),
    SQUAD("squad.schema.json"),
    TOOL("tool.schema.json"),
    KNOWLEDGE_BASE("knowledge-base.schema.json"),
    STRUCTURED_OUTPUT("structured-output.schema.json"),
    POLICY("policy.schema.json"),
    TRANSCRIPT("transcript.schema.json"),
    COMMON("common.schema.json");

    static final String RESOURCE_FOLDER = "dev/ferry/schema/";

    private final String fileName;

    SchemaName(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static SchemaName of(Kind kind) {
        return switch (kind) {
            case ASSISTANT -> ASSISTANT;
            case SQUAD -> SQUAD;
            case TOOL -> TOOL;
            case KNOWLEDGE_BASE -> KNOWLEDGE_BASE;
            case STRUCTURED_OUTPUT -> STRUCTURED_OUTPUT;
            case POLICY -> POLICY;
        };
    }

    public static List<SchemaName> all() {
        return List.of(values());
    }
}
