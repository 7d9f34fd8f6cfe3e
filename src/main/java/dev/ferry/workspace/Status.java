package dev.ferry.workspace;

/**
 * The status of one resource in one environment (design section 6). Drifted and conflict need the
 * ledger: without one a difference is {@link #PENDING}, as the design allows when the cause cannot be
 * told. The glyph carries the meaning on its own; the colour name only adds to it.
 */
public enum Status {
    IN_SYNC("=", "in sync", "green"),
    PENDING("~", "pending", "yellow"),
    DRIFTED("!", "drifted", "magenta"),
    CONFLICT("#", "conflict", "red"),
    MISSING("+", "missing", "cyan"),
    UNMANAGED("?", "unmanaged", "grey"),
    IGNORED("-", "ignored", "dim");

    private final String glyph;
    private final String label;
    private final String colour;

    Status(String glyph, String label, String colour) {
        this.glyph = glyph;
        this.label = label;
        this.colour = colour;
    }

    public String glyph() {
        return glyph;
    }

    public String label() {
        return label;
    }

    /** The colour of design section 6: green, yellow, magenta, red, cyan, grey or dim. */
    public String colour() {
        return colour;
    }
}
