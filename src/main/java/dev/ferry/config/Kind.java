package dev.ferry.config;

import java.util.Optional;

/** The kinds of resource document, with the folder each lives in and its schema name. */
public enum Kind {
    ASSISTANT("Assistant", "assistants"),
    SQUAD("Squad", "squads"),
    TOOL("Tool", "tools"),
    KNOWLEDGE_BASE("KnowledgeBase", "knowledge"),
    STRUCTURED_OUTPUT("StructuredOutput", "structured-outputs"),
    POLICY("Policy", "policies");

    private final String spelling;
    private final String folder;

    Kind(String spelling, String folder) {
        this.spelling = spelling;
        this.folder = folder;
    }

    /** The spelling used in documents: {@code kind: Assistant}. */
    public String spelling() {
        return spelling;
    }

    public String folder() {
        return folder;
    }

    public static Optional<Kind> parse(String text) {
        for (Kind kind : values()) {
            if (kind.spelling.equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public static String spellings() {
        StringBuilder all = new StringBuilder();
        for (Kind kind : values()) {
            all.append(all.length() == 0 ? "" : ", ").append(kind.spelling);
        }
        return all.toString();
    }
}
