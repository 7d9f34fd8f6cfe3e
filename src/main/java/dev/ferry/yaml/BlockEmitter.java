package dev.ferry.yaml;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Writes a tree as block-style YAML, two spaces per level, sequences indented under their key,
 * comments of a {@link YamlLayout} put back where they belong. Lines are never wrapped. Keys
 * come in canonical order, or in the layout's order when asked to keep the user's.
 */
final class BlockEmitter {
    private static final int INDENT = 2;
    private static final int MAX_IMPLICIT_KEY = 1000;

    private final YamlLayout layout;
    private final boolean keepUserOrder;
    private final StringBuilder out = new StringBuilder();
    // Blank lines right after a |+ block would be read back as part of its text.
    private boolean afterKeepBlock;

    BlockEmitter(YamlLayout layout, boolean keepUserOrder) {
        this.layout = layout;
        this.keepUserOrder = keepUserOrder;
    }

    String emit(JsonNode root) {
        commentLines(layout.header(), 0, true);
        if (isBlockCollection(root)) {
            collection(root, "", 0, false);
        } else {
            scalarValue(root, "", 0, false);
        }
        commentLines(layout.trailer(), 0, false);
        return out.toString();
    }

    private static boolean isBlockCollection(JsonNode node) {
        return (node.isObject() || node.isArray()) && !node.isEmpty();
    }

    private void collection(JsonNode node, String pointer, int indent, boolean continuesLine) {
        if (node.isObject()) {
            mapping(node, pointer, indent, continuesLine);
        } else {
            sequence(node, pointer, indent, continuesLine);
        }
        commentLines(layout.at(pointer).end(), indent, false);
    }

    private void mapping(JsonNode node, String pointer, int indent, boolean continuesLine) {
        boolean first = true;
        for (String key : keys(node, pointer)) {
            String child = SourceMap.child(pointer, key);
            if (!(first && continuesLine)) {
                commentLines(layout.at(child).before(), indent, false);
                out.append(" ".repeat(indent));
            }
            first = false;
            String keyText = keyText(key);
            if (keyText.length() > MAX_IMPLICIT_KEY) {
                // YAML caps a key written before ':' at 1024 characters; longer ones need the explicit '? ' form.
                out.append("? ").append(keyText).append('\n').append(" ".repeat(indent));
            } else {
                out.append(keyText);
            }
            out.append(':');
            JsonNode value = node.get(key);
            if (isBlockCollection(value)) {
                inlineComments(child);
                newline();
                collection(value, child, indent + INDENT, false);
            } else {
                out.append(' ');
                scalarValue(value, child, indent, true);
            }
        }
    }

    private void sequence(JsonNode node, String pointer, int indent, boolean continuesLine) {
        for (int i = 0; i < node.size(); i++) {
            String child = SourceMap.child(pointer, i);
            JsonNode item = node.get(i);
            if (!(i == 0 && continuesLine)) {
                commentLines(layout.at(child).before(), indent, false);
                if (isBlockCollection(item)) {
                    // The item's first entry shares the dash's line, so everything above it goes above the dash.
                    commentLines(layout.at(child).inline(), indent, false);
                    leadingComments(item, child, indent);
                }
                out.append(" ".repeat(indent));
            }
            out.append("- ");
            if (isBlockCollection(item)) {
                collection(item, child, indent + INDENT, true);
            } else {
                scalarValue(item, child, indent, true);
            }
        }
    }

    /** The comments above the first entry of a collection that starts on the current line, and so on down. */
    private void leadingComments(JsonNode node, String pointer, int indent) {
        if (node.isObject()) {
            commentLines(layout.at(SourceMap.child(pointer, keys(node, pointer).get(0))).before(), indent, false);
            return;
        }
        String first = SourceMap.child(pointer, 0);
        commentLines(layout.at(first).before(), indent, false);
        if (isBlockCollection(node.get(0))) {
            commentLines(layout.at(first).inline(), indent, false);
            leadingComments(node.get(0), first, indent);
        }
    }

    /** A scalar or empty collection after {@code key: } or {@code - }, or alone as the whole document. */
    private void scalarValue(JsonNode value, String pointer, int indent, boolean hasParent) {
        afterKeepBlock = false;
        if (value.isString() && ScalarStyles.styleOf(value.asString(), false) == ScalarStyles.Style.LITERAL) {
            String text = value.asString();
            String header = ScalarStyles.literalHeader(text);
            out.append(header);
            inlineComments(pointer);
            newline();
            literalBody(text, hasParent ? indent + INDENT : INDENT);
            afterKeepBlock = header.equals("|+");
            return;
        }
        out.append(scalarText(value));
        inlineComments(pointer);
        newline();
    }

    private void literalBody(String text, int indent) {
        int trailing = ScalarStyles.trailingNewlines(text);
        String body = text.substring(0, text.length() - trailing);
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(" ".repeat(indent)).append(line);
            }
            newline();
        }
        for (int i = 1; i < trailing; i++) {
            newline();
        }
    }

    static String scalarText(JsonNode value) {
        if (value.isString()) {
            String text = value.asString();
            boolean plain = ScalarStyles.styleOf(text, false) == ScalarStyles.Style.PLAIN;
            return plain ? text : ScalarStyles.doubleQuoted(text);
        }
        if (value.isNull() || value.isMissingNode()) {
            return "null";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "true" : "false";
        }
        if (value.isNumber()) {
            return numberText(value);
        }
        if (value.isObject() && value.isEmpty()) {
            return "{}";
        }
        if (value.isArray() && value.isEmpty()) {
            return "[]";
        }
        throw new IllegalArgumentException("cannot write a " + value.getNodeType() + " node as YAML");
    }

    /** Numbers by value, in one spelling: {@code 1} for 1.0, {@code 0.3} for 0.30. */
    static String numberText(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isDouble() || value.isFloat()) {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("cannot write " + d + ": JSON has no such number");
            }
        }
        BigDecimal decimal = value.decimalValue();
        BigDecimal stripped = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.toBigIntegerExact().toString();
        }
        String text = stripped.toString();
        int exponent = text.indexOf('E');
        // YAML 1.1 readers take 1E-7 for a string; 1.0E-7 is a number for every reader.
        return exponent > 0 && text.lastIndexOf('.', exponent) < 0
                ? text.substring(0, exponent) + ".0" + text.substring(exponent) : text;
    }

    private static String keyText(String key) {
        return ScalarStyles.styleOf(key, true) == ScalarStyles.Style.PLAIN ? key : ScalarStyles.doubleQuoted(key);
    }

    private List<String> keys(JsonNode node, String pointer) {
        Set<String> present = new LinkedHashSet<>(node.propertyNames());
        if (keepUserOrder) {
            return KeyOrder.keeping(layout.keyOrder(pointer).orElse(List.of()), pointer, present);
        }
        return KeyOrder.canonical(pointer, present);
    }

    private void inlineComments(String pointer) {
        for (String comment : layout.at(pointer).inline()) {
            out.append(' ').append(comment);
        }
    }

    private void commentLines(List<String> lines, int indent, boolean atStart) {
        boolean skipBlanks = atStart || afterKeepBlock;
        for (String line : lines) {
            if (line.equals(YamlLayout.BLANK)) {
                if (!skipBlanks) {
                    newline();
                }
                continue;
            }
            skipBlanks = false;
            afterKeepBlock = false;
            out.append(" ".repeat(indent)).append(line);
            newline();
        }
    }

    private void newline() {
        out.append('\n');
    }
}
