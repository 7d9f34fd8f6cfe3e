package dev.ferry.canonical;

import java.util.regex.Pattern;

/** The shapes of keys and tokens: bearer values, well-known prefixes, JWTs and long random strings. */
public final class SecretShapes {
    private static final Pattern SCHEME = Pattern.compile("(?i)(bearer|basic|token)\\s+\\S{8,}");
    private static final Pattern PREFIXED = Pattern.compile("(sk|pk|rk|ghp|gho|xox[abp]|AKIA)[-_A-Za-z0-9]{12,}");
    private static final Pattern RANDOM = Pattern.compile("[A-Za-z0-9_+/=-]{24,}");
    private static final Pattern DIGIT = Pattern.compile(".*[0-9].*");
    private static final Pattern LETTER = Pattern.compile(".*[A-Za-z].*");

    private SecretShapes() {}

    public static boolean looksLikeSecret(String text) {
        String value = text.strip();
        if (SCHEME.matcher(value).matches() || PREFIXED.matcher(value).matches() || value.startsWith("eyJ")) {
            return true;
        }
        return RANDOM.matcher(value).matches() && DIGIT.matcher(value).matches() && LETTER.matcher(value).matches();
    }
}
