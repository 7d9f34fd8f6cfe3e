package dev.ferry.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Left and right in two columns split by {@code │}, each with its line numbers and
 * {@code -}/{@code +} markers; long lines wrap inside their column. Every line is exactly the
 * terminal's width in display columns, so the separator stays put on every row (pitfall C06).
 */
final class SideBySideLayout implements Layout {
    private static final String SEPARATOR = "│";

    private final int width;
    private final Style style;
    private final int leftWidth;
    private final int rightWidth;

    SideBySideLayout(int width, Style style) {
        this.width = width;
        this.style = style;
        this.leftWidth = (width - 1) / 2;
        this.rightWidth = width - 1 - leftWidth;
    }

    @Override
    public List<String> header(String leftLabel, String rightLabel) {
        return List.of(style.paint(DisplayWidth.fit(leftLabel, leftWidth), Style.Tone.HEADER, false) + SEPARATOR
                + style.paint(DisplayWidth.fit(rightLabel, rightWidth), Style.Tone.HEADER, false));
    }

    @Override
    public List<String> rows(TextDiff diff) {
        int digits = Layout.digits(diff);
        List<String> out = new ArrayList<>();
        for (DiffRow row : diff.rows()) {
            if (row.kind() == DiffRow.Kind.FOLD) {
                out.add(" ".repeat(digits + 3) + style.paint(
                        DisplayWidth.fit(Layout.foldText(row.count()), width - digits - 3), Style.Tone.DIM, false));
            } else {
                out.addAll(lineRow(row, digits));
            }
        }
        return out;
    }

    private List<String> lineRow(DiffRow row, int digits) {
        boolean marker = row.kind() == DiffRow.Kind.NO_NEWLINE;
        boolean changed = row.isDifference();
        char leftMarker = changed ? '-' : ' ';
        char rightMarker = changed ? '+' : ' ';
        Style.Tone leftTone = marker ? Style.Tone.DIM : changed ? Style.Tone.DELETE : Style.Tone.PLAIN;
        Style.Tone rightTone = marker ? Style.Tone.DIM : changed ? Style.Tone.INSERT : Style.Tone.PLAIN;
        List<List<Cell>> left = wrapped(row.hasLeft(), row.left(), row.leftSpans(), row.kind(), digits, leftWidth);
        List<List<Cell>> right = wrapped(row.hasRight(), row.right(), row.rightSpans(), row.kind(), digits,
                rightWidth);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            List<Cell> l = i < left.size() ? left.get(i) : null;
            List<Cell> r = i < right.size() ? right.get(i) : null;
            int leftLine = i == 0 && !marker ? row.leftLine() : 0;
            int rightLine = i == 0 && !marker ? row.rightLine() : 0;
            out.add(pane(leftLine, leftMarker, l, leftTone, digits, leftWidth) + SEPARATOR
                    + pane(rightLine, rightMarker, r, rightTone, digits, rightWidth));
            boolean marks = l != null && Pane.hasMarks(l) || r != null && Pane.hasMarks(r);
            if (!style.color() && marks) {
                out.add(caretPane(l, digits, leftWidth) + SEPARATOR + caretPane(r, digits, rightWidth));
            }
        }
        return out;
    }

    private List<List<Cell>> wrapped(boolean present, String text, List<Span> spans, DiffRow.Kind kind, int digits,
            int paneWidth) {
        if (!present) {
            return List.of();
        }
        boolean wholeLine = kind == DiffRow.Kind.INSERT || kind == DiffRow.Kind.DELETE;
        return Pane.wrap(VisibleText.cells(text, spans, wholeLine), paneWidth - digits - 3);
    }

    private String pane(int line, char marker, List<Cell> cells, Style.Tone tone, int digits, int paneWidth) {
        if (cells == null) {
            return " ".repeat(paneWidth);
        }
        String number = line > 0 ? String.valueOf(line) : "";
        String gutter = " ".repeat(digits - number.length()) + number + " " + marker + " ";
        return style.paint(gutter, tone, false) + Pane.draw(cells, paneWidth - digits - 3, style, tone, true);
    }

    private static String caretPane(List<Cell> cells, int digits, int paneWidth) {
        if (cells == null) {
            return " ".repeat(paneWidth);
        }
        return " ".repeat(digits + 3) + Pane.carets(cells, paneWidth - digits - 3, true);
    }
}
