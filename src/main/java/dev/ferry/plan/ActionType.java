package dev.ferry.plan;

import java.util.Locale;

/** What a plan does to one object (design section 7). */
public enum ActionType {
    CREATE("+"),
    UPDATE("~"),
    /** A tool whose type or a file whose content changed: a new object, references moved, the old one deleted. */
    REPLACE("±"),
    DELETE("-"),
    NO_OP("=");

    private final String symbol;

    ActionType(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The word used in plan files and output: {@code create}, {@code no-op}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ActionType parse(String label) {
        for (ActionType type : values()) {
            if (type.label().equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown action '" + label + "'");
    }

    public boolean writes() {
        return this != NO_OP;
    }
}
