package dev.ferry.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * One column for terminals narrower than side by side needs: each line with its left and right
 * line numbers and a {@code -}, {@code +} or blank marker, a changed line as its {@code -} line
 * followed by its {@code +} line. Long lines wrap under their text.
 */
final class UnifiedLayout implements Layout {
    private final int width;
    private final Style style;

    UnifiedLayout(int width, Style style) {
        this.width = width;
        this.style = style;
    }

    @Override
    public List<String> header(String leftLabel, String rightLabel) {
        return List.of(style.paint("--- " + DisplayWidth.printable(leftLabel), Style.Tone.HEADER, false),
                style.paint("+++ " + DisplayWidth.printable(rightLabel), Style.Tone.HEADER, false));
    }

    @Override
    public List<String> rows(TextDiff diff) {
        int digits = Layout.digits(diff);
        List<DiffRow> rows = diff.rows();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DiffRow row = rows.get(i);
            DiffRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            switch (row.kind()) {
                case FOLD -> out.add(" ".repeat(2 * digits + 4)
                        + style.paint(Layout.foldText(row.count()), Style.Tone.DIM, false));
                case EQUAL -> lines(out, digits, row.leftLine(), row.rightLine(), ' ', row.left(), List.of(), false,
                        Style.Tone.PLAIN);
                case DELETE -> lines(out, digits, row.leftLine(), 0, '-', row.left(), List.of(), true,
                        Style.Tone.DELETE);
                case INSERT -> lines(out, digits, 0, row.rightLine(), '+', row.right(), List.of(), true,
                        Style.Tone.INSERT);
                case NO_NEWLINE -> noNewline(out, digits);
                case CHANGE -> {
                    // The marker belongs right under the side it is about, as in git's unified diffs.
                    boolean marker = next != null && next.kind() == DiffRow.Kind.NO_NEWLINE;
                    lines(out, digits, row.leftLine(), 0, '-', row.left(), row.leftSpans(), false, Style.Tone.DELETE);
                    if (marker && next.hasLeft()) {
                        noNewline(out, digits);
                    }
                    lines(out, digits, 0, row.rightLine(), '+', row.right(), row.rightSpans(), false,
                            Style.Tone.INSERT);
                    if (marker && next.hasRight()) {
                        noNewline(out, digits);
                    }
                    i += marker ? 1 : 0;
                }
            }
        }
        return out;
    }

    private void lines(List<String> out, int digits, int leftLine, int rightLine, char marker, String text,
            List<Span> spans, boolean wholeLine, Style.Tone tone) {
        int textWidth = width - 2 * digits - 4;
        List<List<Cell>> wrapped = Pane.wrap(VisibleText.cells(text, spans, wholeLine), textWidth);
        for (int i = 0; i < wrapped.size(); i++) {
            List<Cell> line = wrapped.get(i);
            String gutter = number(i == 0 ? leftLine : 0, digits) + " " + number(i == 0 ? rightLine : 0, digits) + " "
                    + marker + " ";
            out.add(style.paint(gutter, tone, false) + Pane.draw(line, textWidth, style, tone, false));
            if (!style.color() && Pane.hasMarks(line)) {
                out.add(" ".repeat(2 * digits + 4) + Pane.carets(line, textWidth, false));
            }
        }
    }

    private void noNewline(List<String> out, int digits) {
        out.add(" ".repeat(2 * digits + 4) + style.paint(DiffRow.NO_NEWLINE_TEXT, Style.Tone.DIM, false));
    }

    private static String number(int line, int digits) {
        String text = line > 0 ? String.valueOf(line) : "";
        return " ".repeat(digits - text.length()) + text;
    }
}
