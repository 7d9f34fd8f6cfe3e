package dev.ferry.canonical;

import java.util.regex.Pattern;

/** The shapes of keys and tokens: bearer values, well-known prefixes, JWTs and long random strings. */
public final class SecretShapes {
    private static final Pattern SCHEME = Pattern.compile("(?i)(bearer|basic|token)\\s+\\S{8,}");
    private static final Pattern PREFIXED = Pattern.compile("(sk|pk|rk|ghp|gho|xox[abp]|AKIA)[-_A-Za-z0-9]{12,}");
    private static final Pattern RANDOM = Pattern.compile("[A-Za-z0-9_+/=-]{24,}");
    private static final Pattern DIGIT = Pattern.compile(".*[0-9].*");
    private static final Pattern LETTER = Pattern.compile(".*[A-Za-z].*");

    /** Token shapes strong enough to mask inside free text (a prompt, a description) without false alarms. */
    private static final Pattern IN_TEXT = Pattern.compile(String.join("|",
            "(?i:bearer)\\s+[A-Za-z0-9._~+/=-]{16,}",
            "\\b(?:sk|rk|pk)-[A-Za-z0-9_-]{16,}",
            "\\bghp_[A-Za-z0-9]{20,}",
            "\\bxox[abp]-[A-Za-z0-9-]{10,}",
            "\\bAKIA[0-9A-Z]{16}\\b",
            "\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+"));

    /** Headers whose value is a credential whatever it looks like. */
    private static final java.util.Set<String> SECRET_HEADERS = java.util.Set.of("authorization", "x-api-key",
            "api-key", "apikey", "x-auth-token", "x-access-token", "token", "x-vapi-secret", "proxy-authorization");

    private static final Pattern SECRET_HEADER_WORDS = Pattern.compile(
            "(?i).*(authorization|cookie|token|secret|key|password|passwd|signature|credential|session).*");

    private SecretShapes() {}

    /**
     * Whether a header of this name is one of the known credential headers. Lint holds a literal value
     * there to be an error, so this list is kept narrow; masking uses {@link #mayBeSecretHeader}.
     */
    public static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a header of this name may carry a secret: the known ones and any name that speaks of a
     * key, token, signature, session or the like. Whatever hides a value (canonical form, export,
     * backups) asks this, since showing a secret costs more than hiding a harmless value.
     */
    public static boolean mayBeSecretHeader(String name) {
        return isSecretHeader(name) || SECRET_HEADER_WORDS.matcher(name).matches();
    }

    /** The text with every strongly token-shaped run replaced by {@code <masked>}; the same text when none. */
    public static String maskInText(String text) {
        if (!mayHoldToken(text)) {
            return text;
        }
        return IN_TEXT.matcher(text).replaceAll(SecretMasker.MASK);
    }

    /** A cheap look for the fixed parts of the token shapes, so most text skips the regex. */
    private static boolean mayHoldToken(String text) {
        return text.contains("earer") || text.contains("EARER") || text.contains("k-") || text.contains("ghp_")
                || text.contains("xox") || text.contains("AKIA") || text.contains("eyJ");
    }

    public static boolean looksLikeSecret(String text) {
        String value = text.strip();
        if (SCHEME.matcher(value).matches() || PREFIXED.matcher(value).matches() || value.startsWith("eyJ")) {
            return true;
        }
        return RANDOM.matcher(value).matches() && DIGIT.matcher(value).matches() && LETTER.matcher(value).matches();
    }
}
