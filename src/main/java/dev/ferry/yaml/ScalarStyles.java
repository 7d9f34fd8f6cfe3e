package dev.ferry.yaml;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, per string, how the canonical writer spells it: plain when every YAML 1.1 and 1.2
 * reader takes it for that same string, a literal block for multi-line text a block can hold
 * exactly, and a double-quoted string with escapes otherwise. The rules lean towards quoting:
 * an unneeded pair of quotes costs nothing, a missing one turns {@code no} into {@code false}.
 */
final class ScalarStyles {
    /** How one string is written. */
    enum Style { PLAIN, DOUBLE_QUOTED, LITERAL }

    // Words some reader takes for a boolean or null, compared without case: YAML 1.1 knows yes/no/on/off/y/n.
    private static final Set<String> RESERVED_WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off",
            "null", "~", "<<", "=");
    // Anything starting like a number: octal 0123, hex 0x1F, 1_000, sexagesimal 12:30, +15550100001, 1e5, .5.
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?\\.?[0-9][0-9A-Za-z_.:+-]*|[-+.0-9_]+");
    private static final Pattern TIMESTAMP_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");
    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[-+]?\\.(inf|nan)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_RESERVED_LENGTH = 5;
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private ScalarStyles() {}

    static Style styleOf(String text, boolean isKey) {
        if (text.indexOf('\n') >= 0) {
            return !isKey && fitsLiteralBlock(text) ? Style.LITERAL : Style.DOUBLE_QUOTED;
        }
        return isPlainSafe(text) ? Style.PLAIN : Style.DOUBLE_QUOTED;
    }

    static boolean isPlainSafe(String text) {
        if (text.isEmpty() || isYamlSpace(text.charAt(0)) || isYamlSpace(text.charAt(text.length() - 1))) {
            return false;
        }
        if (INDICATORS.indexOf(text.charAt(0)) >= 0 || text.startsWith("...")) {
            return false;
        }
        if (text.contains(": ") || text.contains(" #") || text.endsWith(":") || text.indexOf('\t') >= 0) {
            return false;
        }
        // Every reserved word is short and every number starts with a digit, a sign or a dot; longer
        // text skips the pattern checks, which dominate the time of writing a large export.
        if (text.length() <= MAX_RESERVED_LENGTH || "-+.0123456789".indexOf(text.charAt(0)) >= 0) {
            if (RESERVED_WORDS.contains(text.toLowerCase(Locale.ROOT)) || NUMBER_LIKE.matcher(text).matches()
                    || TIMESTAMP_LIKE.matcher(text).matches() || SPECIAL_FLOAT.matcher(text).matches()
                    || !ScalarResolver.resolvePlain(text).isString() || ScalarResolver.otherReading(text).isPresent()) {
                return false;
            }
        }
        return allSafe(text, false);
    }

    private static boolean allSafe(String text, boolean breaksAndTabsAllowed) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isSafeInText(c) && !(breaksAndTabsAllowed && (c == '\n' || c == '\t'))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * A literal block keeps every character of its lines, trailing spaces and tabs included, but it
     * cannot hold a CR or other line-break characters, unprintable characters, or a first content
     * line that starts with a space (the reader would take it for indentation).
     */
    static boolean fitsLiteralBlock(String text) {
        if (!allSafe(text, true)) {
            return false;
        }
        if (text.isBlank()) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                return false;
            }
            if (!line.isEmpty()) {
                break;
            }
        }
        // A last line of only spaces would be read as trailing blank space, not content.
        String last = text.substring(text.lastIndexOf('\n') + 1);
        return last.isEmpty() || !last.isBlank();
    }

    /** Printable per YAML and not a line break in any YAML version; the BOM is kept out as well. */
    static boolean isSafeInText(int c) {
        if (c < 0x20) {
            return false;
        }
        if (c >= 0x7F && c <= 0x9F) {
            return false;
        }
        if (c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        return c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE;
    }

    private static boolean isYamlSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * The string in double quotes, escaping only what must be escaped so that the rest stays
     * readable. Only the escapes every reader knows are used: snakeyaml-engine, for one, refuses
     * {@code \L} and {@code \P}.
     */
    static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0 -> out.append("\\0");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (isSafeInText(c)) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xFF) {
                        out.append(String.format(Locale.ROOT, "\\x%02X", c));
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** The literal block header: {@code |-} without a final newline, {@code |} with one, {@code |+} with more. */
    static String literalHeader(String text) {
        int trailing = trailingNewlines(text);
        return trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
    }

    static int trailingNewlines(String text) {
        int count = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\n'; i--) {
            count++;
        }
        return count;
    }
}
