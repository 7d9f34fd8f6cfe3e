package dev.ferry.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a secret, {@code secrets://jira/token}: the path names the secret to the environment's
 * provider, which alone knows its value. In payloads a reference is written {@code ${secrets://jira/token}}.
 */
public record SecretRef(String path) implements Comparable<SecretRef> {
    public static final String SCHEME = "secrets://";

    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*");
    private static final Pattern IN_TEXT = Pattern.compile("\\$\\{secrets://([^}\\s]*)}");

    public SecretRef {
        if (path == null || !PATH.matcher(path).matches() || path.contains("..")) {
            throw new IllegalArgumentException("'" + SCHEME + path + "' is not a secret reference; write "
                    + SCHEME + "<name>/<key> with letters, digits, '.', '_' and '-'");
        }
    }

    /** Parses {@code secrets://jira/token}. */
    public static SecretRef parse(String uri) {
        if (uri == null || !uri.startsWith(SCHEME)) {
            throw new IllegalArgumentException("'" + uri + "' does not start with " + SCHEME);
        }
        return new SecretRef(uri.substring(SCHEME.length()));
    }

    /** Every {@code ${secrets://...}} placeholder in {@code text}, in order of appearance. */
    public static List<SecretRef> findIn(String text) {
        List<SecretRef> refs = new ArrayList<>();
        Matcher matcher = IN_TEXT.matcher(text);
        while (matcher.find()) {
            refs.add(new SecretRef(matcher.group(1)));
        }
        return refs;
    }

    public static boolean hasPlaceholder(String text) {
        return text.contains("${" + SCHEME);
    }

    /** {@code text} with every placeholder replaced by what {@code values} gives for its reference. */
    static String substitute(String text, java.util.function.Function<SecretRef, String> values) {
        Matcher matcher = IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.apply(new SecretRef(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public String uri() {
        return SCHEME + path;
    }

    /** {@code ${secrets://jira/token}}, as written in payloads. */
    public String placeholder() {
        return "${" + uri() + "}";
    }

    /** The segments of the path: {@code jira/token} gives {@code [jira, token]}. */
    List<String> segments() {
        return List.of(path.split("/"));
    }

    @Override
    public int compareTo(SecretRef other) {
        return path.compareTo(other.path);
    }

    @Override
    public String toString() {
        return uri();
    }
}
