package dev.ferry.render;

/** The kind of live Vapi object a rendered payload becomes. */
public enum Target {
    CREDENTIAL("credential"),
    FILE("file"),
    TOOL("tool"),
    STRUCTURED_OUTPUT("structured-output"),
    ASSISTANT("assistant"),
    SQUAD("squad");

    private final String spelling;

    Target(String spelling) {
        this.spelling = spelling;
    }

    /** The lower-case word used in placeholders and messages: {@code tool}, {@code structured-output}. */
    public String spelling() {
        return spelling;
    }

    public static Target parse(String text) {
        for (Target target : values()) {
            if (target.spelling.equals(text)) {
                return target;
            }
        }
        throw new IllegalArgumentException("unknown target '" + text + "'");
    }
}
