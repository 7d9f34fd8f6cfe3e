package dev.ferry.diff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one side of a diff row into cells a terminal can draw. Characters that cannot be seen
 * are drawn visibly where they are part of the difference: a space as {@code ·} when it is
 * trailing or the whole change, a tab as {@code →}, CR as {@code ␍}, zero-width characters and
 * unusual spaces as escapes (<code>&#92;u200B</code>), and so are the combining marks of a
 * changed letter that has a precomposed form. Elsewhere a tab becomes spaces to the next stop
 * and a CR is not drawn, since neither differs there. Control characters are always escaped.
 */
public final class VisibleText {
    private static final int TAB_STOP = 4;

    private VisibleText() {}

    /**
     * The cells of {@code text}; {@code spans} are its changed parts, and {@code wholeLine} says
     * the whole line is new or gone, so its trailing blanks and CRs are shown too.
     */
    public static List<Cell> cells(String text, List<Span> spans, boolean wholeLine) {
        List<Cell> cells = new ArrayList<>(text.length());
        int trailingFrom = trailingBlanksFrom(text);
        int column = 0;
        for (int i = 0; i < text.length(); ) {
            int end = DisplayWidth.clusterEnd(text, i);
            Span span = spanAt(spans, i);
            boolean marked = span != null;
            boolean reveal = marked || wholeLine && i >= trailingFrom;
            Cell cell = end - i == Character.charCount(text.codePointAt(i))
                    ? single(text.codePointAt(i), marked, reveal, isBlankSpan(text, span, i >= trailingFrom), column)
                    : null;
            if (cell == null) {
                cell = cluster(text.substring(i, end), marked);
            }
            cells.add(cell);
            column += cell.width();
            i = end;
        }
        return cells;
    }

    /** The cell for a lone code point that needs special drawing, or null. */
    private static Cell single(int codePoint, boolean marked, boolean reveal, boolean blankChange, int column) {
        switch (codePoint) {
            case ' ' -> {
                return blankChange || reveal && !marked ? new Cell("·", 1, marked) : null;
            }
            case '\t' -> {
                int spaces = TAB_STOP - column % TAB_STOP;
                return reveal ? new Cell("→", 1, marked) : new Cell(" ".repeat(spaces), spaces, false);
            }
            case '\r' -> {
                return reveal ? new Cell("␍", 1, marked) : new Cell("", 0, false);
            }
            default -> {
                if (marked && isInvisible(codePoint)) {
                    String escape = String.format("\\u%04X", codePoint);
                    return new Cell(escape, escape.length(), true);
                }
                return null;
            }
        }
    }

    /**
     * A changed letter written with combining marks looks the same as its precomposed form
     * ({@code e} + U+0301 against {@code é}), so there its marks are drawn as escapes.
     */
    private static Cell cluster(String cluster, boolean marked) {
        if (marked && !Normalizer.isNormalized(cluster, Normalizer.Form.NFC)) {
            StringBuilder shown = new StringBuilder();
            cluster.codePoints().forEach(codePoint -> {
                if (Character.getType(codePoint) == Character.NON_SPACING_MARK && shown.length() > 0) {
                    shown.append(String.format("\\u%04X", codePoint));
                } else {
                    shown.appendCodePoint(codePoint);
                }
            });
            String text = shown.toString();
            return new Cell(DisplayWidth.printable(text), DisplayWidth.of(text), true);
        }
        return new Cell(DisplayWidth.printable(cluster), DisplayWidth.of(cluster), marked);
    }

    /** A space whose change is only blanks, or that trails the line: drawn as a dot so it can be seen. */
    private static boolean isBlankSpan(String text, Span span, boolean trailing) {
        if (span == null) {
            return false;
        }
        if (trailing) {
            return true;
        }
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Spaces other than the ASCII one, and characters that take no column: they look like nothing or like a space. */
    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.SPACE_SEPARATOR && codePoint != 0x3000
                || type == Character.FORMAT;
    }

    private static int trailingBlanksFrom(String text) {
        int end = text.length();
        while (end > 0 && " \t\r".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static Span spanAt(List<Span> spans, int offset) {
        for (Span span : spans) {
            if (span.contains(offset)) {
                return span;
            }
        }
        return null;
    }
}
