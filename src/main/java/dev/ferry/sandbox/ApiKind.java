package dev.ferry.sandbox;

import java.util.List;
import java.util.Map;

/**
 * The resource collections the sandbox serves: where each lives in the URL and in the data folder,
 * how its 404 reads, which list shape it answers with, and its per-kind rules.
 */
enum ApiKind {
    ASSISTANT("assistant", "Assistant", ListStyle.BARE, Map.of(), new AssistantRules()),
    SQUAD("squad", "Squad", ListStyle.BARE, Map.of("idAny", "id"), new SquadRules()),
    TOOL("tool", "Tool", ListStyle.BARE, Map.of(), new ToolRules()),
    STRUCTURED_OUTPUT("structured-output", "Structured output", ListStyle.PAGINATED,
            Map.of("id", "id", "name", "name"), new StructuredOutputRules()),
    KNOWLEDGE_BASE("knowledge-base", "Knowledge base", ListStyle.BARE, Map.of(), new KnowledgeBaseRules()),
    KNOWLEDGE_BASE_V2("v2/knowledge-base", "Knowledge base", ListStyle.LIMIT_ONLY, Map.of(),
            new KnowledgeBaseV2Rules()),
    CREDENTIAL("credential", "Credential", ListStyle.BARE, Map.of(), new CredentialRules()),
    PHONE_NUMBER("phone-number", "Phone number", ListStyle.BARE, Map.of(), new PhoneNumberRules()),
    FILE("file", "File", ListStyle.BARE, Map.of("purpose", "purpose"), new FileRules()),
    /** Rows attaching a file to a v2 knowledge base; reached only under {@code /v2/knowledge-base/{id}/file}. */
    KNOWLEDGE_BASE_V2_FILE(null, "File", ListStyle.BARE, Map.of(), new AttachmentRules());

    private final String path;
    private final String label;
    private final ListStyle listStyle;
    private final Map<String, String> fieldFilters;
    private final KindRules rules;

    ApiKind(String path, String label, ListStyle listStyle, Map<String, String> fieldFilters, KindRules rules) {
        this.path = path;
        this.label = label;
        this.listStyle = listStyle;
        this.fieldFilters = fieldFilters;
        this.rules = rules;
    }

    /** The kinds with a collection route of their own, as {@code /assistant} or {@code /v2/knowledge-base}. */
    static List<ApiKind> routed() {
        return List.of(ASSISTANT, SQUAD, TOOL, STRUCTURED_OUTPUT, KNOWLEDGE_BASE, KNOWLEDGE_BASE_V2, CREDENTIAL,
                PHONE_NUMBER, FILE);
    }

    List<String> pathSegments() {
        return List.of(path.split("/"));
    }

    /** The folder under an org's data folder: the path with its slash turned into a dash. */
    String folder() {
        return this == KNOWLEDGE_BASE_V2_FILE ? "v2-knowledge-base-file" : path.replace('/', '-');
    }

    String notFoundMessage() {
        return label + " not found";
    }

    ListStyle listStyle() {
        return listStyle;
    }

    /** List query parameters that match a field exactly: parameter name to field name. */
    Map<String, String> fieldFilters() {
        return fieldFilters;
    }

    KindRules rules() {
        return rules;
    }
}
