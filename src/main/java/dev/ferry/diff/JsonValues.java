package dev.ferry.diff;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Equality and short display of JSON values as the diff needs them: numbers by value ({@code 1}
 * equals {@code 1.0}, which {@code JsonNode.equals} denies), and null, absent, empty string and
 * empty array all different from each other.
 */
final class JsonValues {
    private static final int BRIEF_WIDTH = 40;

    private JsonValues() {}

    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.getNodeType() != b.getNodeType()) {
            return false;
        }
        if (a.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> entry : a.properties()) {
                JsonNode other = b.get(entry.getKey());
                if (other == null || !same(entry.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<JsonNode> other = b.values().iterator();
            for (JsonNode item : a.values()) {
                if (!same(item, other.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    static boolean isScalar(JsonNode node) {
        return !node.isContainer() && !node.isMissingNode();
    }

    /** A string that spans lines: a prompt, shown as a line diff rather than one changed value. */
    static boolean isText(JsonNode node) {
        return node.isString() && (node.asString().indexOf('\n') >= 0 || node.asString().indexOf('\r') >= 0);
    }

    /** A key equal for equal scalars, {@code 1} and {@code 1.0} included, and distinct across types. */
    static String key(JsonNode scalar) {
        if (scalar.isNumber()) {
            return "n" + plain(scalar.decimalValue());
        }
        return scalar.getNodeType().name().charAt(0) + scalar.asString();
    }

    /** The value in a few columns for a one-line summary: {@code 0.7}, {@code "Hello…"}, {@code {3 fields}}. */
    static String brief(JsonNode value) {
        if (value.isMissingNode()) {
            return "absent";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isNumber()) {
            return plain(value.decimalValue());
        }
        if (value.isString()) {
            return briefString(value.asString(), 0);
        }
        if (value.isObject()) {
            return value.isEmpty() ? "{}" : "{" + count(value.size(), "field") + "}";
        }
        if (value.isArray()) {
            StringBuilder items = new StringBuilder("[");
            for (JsonNode item : value.values()) {
                items.append(items.length() > 1 ? ", " : "").append(isScalar(item) ? brief(item) : "…");
            }
            String list = items.append(']').toString();
            return DisplayWidth.of(list) <= BRIEF_WIDTH ? list : "[" + count(value.size(), "item") + "]";
        }
        return value.asString();
    }

    /** The string from {@code from} on, quoted and cut to a few columns; {@code …} marks each cut. */
    static String briefString(String text, int from) {
        String quoted = quote((from > 0 ? "…" : "") + text.substring(from));
        return DisplayWidth.of(quoted) <= BRIEF_WIDTH ? quoted
                : DisplayWidth.truncate(quoted, BRIEF_WIDTH - 2) + "…\"";
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** A JSON-style quoted string with line breaks, tabs and other controls escaped. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return DisplayWidth.printable(out.append('"').toString());
    }
}
