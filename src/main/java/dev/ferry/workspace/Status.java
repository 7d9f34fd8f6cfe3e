package dev.ferry.workspace;

/**
 * The status of one resource in one environment (design section 6). Drifted and conflict need the
 * ledger of the apply issue; until then a difference is {@link #PENDING}, as the design allows
 * when the cause cannot be told.
 */
public enum Status {
    IN_SYNC("=", "in sync"),
    PENDING("~", "pending"),
    MISSING("+", "missing"),
    UNMANAGED("?", "unmanaged"),
    IGNORED("-", "ignored");

    private final String glyph;
    private final String label;

    Status(String glyph, String label) {
        this.glyph = glyph;
        this.label = label;
    }

    public String glyph() {
        return glyph;
    }

    public String label() {
        return label;
    }
}
