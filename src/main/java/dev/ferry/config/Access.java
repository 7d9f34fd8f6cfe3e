package dev.ferry.config;

/** Who may write an environment through Ferry: nobody, developers, or CI only. */
public enum Access {
    READ("read"),
    WRITE("write"),
    CI_ONLY("ci-only");

    private final String spelling;

    Access(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public static Access parse(String text) {
        for (Access access : values()) {
            if (access.spelling.equals(text)) {
                return access;
            }
        }
        throw new IllegalArgumentException("unknown access '" + text + "'");
    }
}
