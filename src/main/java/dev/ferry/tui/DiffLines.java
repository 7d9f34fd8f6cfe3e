package dev.ferry.tui;

import dev.ferry.diff.Cell;
import dev.ferry.diff.DiffRow;
import dev.ferry.diff.Span;
import dev.ferry.diff.VisibleText;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays the rows of a text diff out as screen lines for a width: side by side from
 * {@value #SIDE_BY_SIDE_WIDTH} columns (left | right, each with line numbers and {@code -}/{@code +}
 * markers), unified below. Long lines wrap inside their pane at cluster boundaries, measured in
 * display columns, so both panes keep their place on every line (pitfall C06).
 */
final class DiffLines {
    static final int SIDE_BY_SIDE_WIDTH = 120;

    private DiffLines() {}

    /** The screen lines of {@code rows} for a view {@code width} columns wide. */
    static List<DiffLine> layout(List<DiffRow> rows, int width) {
        int digits = digits(rows);
        List<DiffLine> out = new ArrayList<>(rows.size() + 8);
        boolean sideBySide = width >= SIDE_BY_SIDE_WIDTH;
        for (int i = 0; i < rows.size(); i++) {
            DiffRow row = rows.get(i);
            if (row.kind() == DiffRow.Kind.FOLD) {
                out.add(DiffLine.fold("⋯ " + row.count() + " unchanged line" + (row.count() == 1 ? "" : "s")
                        + " (Enter unfolds)", i));
            } else if (sideBySide) {
                sideBySide(out, i, row, width, digits);
            } else {
                unified(out, i, row, width, digits);
            }
        }
        return out;
    }

    /** Width of the left pane in the side-by-side layout; the separator sits right after it. */
    static int leftPaneWidth(int width) {
        return (width - 1) / 2;
    }

    private static void sideBySide(List<DiffLine> out, int index, DiffRow row, int width, int digits) {
        int left = leftPaneWidth(width);
        int right = width - 1 - left;
        int gutter = digits + 3;
        boolean changed = row.isDifference();
        boolean note = row.kind() == DiffRow.Kind.NO_NEWLINE;
        List<List<Cell>> l = row.hasLeft() ? wrap(cells(row.left(), row.leftSpans(), row.kind()), left - gutter)
                : List.of();
        List<List<Cell>> r = row.hasRight() ? wrap(cells(row.right(), row.rightSpans(), row.kind()), right - gutter)
                : List.of();
        Role leftRole = note ? Role.DIM : changed ? Role.DIFF_DELETE : Role.TEXT;
        Role rightRole = note ? Role.DIM : changed ? Role.DIFF_INSERT : Role.TEXT;
        for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
            DiffLine.Side leftSide = i < l.size() ? new DiffLine.Side(gutter(i == 0 && !note ? row.leftLine() : 0,
                    changed ? '-' : ' ', digits), l.get(i), leftRole, Role.DIFF_DELETE_WORD) : null;
            DiffLine.Side rightSide = i < r.size() ? new DiffLine.Side(gutter(i == 0 && !note ? row.rightLine() : 0,
                    changed ? '+' : ' ', digits), r.get(i), rightRole, Role.DIFF_INSERT_WORD) : null;
            out.add(DiffLine.diff(index, leftSide, rightSide));
        }
    }

    private static void unified(List<DiffLine> out, int index, DiffRow row, int width, int digits) {
        int gutter = 2 * digits + 4;
        int text = width - gutter;
        switch (row.kind()) {
            case EQUAL -> add(out, index, wrap(cells(row.left(), List.of(), row.kind()), text),
                    number(row.leftLine(), digits) + " " + number(row.rightLine(), digits) + "   ", gutter, Role.TEXT,
                    Role.TEXT);
            case NO_NEWLINE -> add(out, index, wrap(cells(DiffRow.NO_NEWLINE_TEXT, List.of(), row.kind()), text),
                    " ".repeat(gutter), gutter, Role.DIM, Role.DIM);
            default -> {
                if (row.hasLeft()) {
                    add(out, index, wrap(cells(row.left(), row.leftSpans(), row.kind()), text),
                            number(row.leftLine(), digits) + " " + " ".repeat(digits) + " - ", gutter,
                            Role.DIFF_DELETE, Role.DIFF_DELETE_WORD);
                }
                if (row.hasRight()) {
                    add(out, index, wrap(cells(row.right(), row.rightSpans(), row.kind()), text),
                            " ".repeat(digits) + " " + number(row.rightLine(), digits) + " + ", gutter,
                            Role.DIFF_INSERT, Role.DIFF_INSERT_WORD);
                }
            }
        }
    }

    private static void add(List<DiffLine> out, int index, List<List<Cell>> lines, String gutter, int gutterWidth,
            Role role, Role marked) {
        for (int i = 0; i < lines.size(); i++) {
            String shown = i == 0 ? gutter : " ".repeat(gutterWidth - 2) + gutter.charAt(gutterWidth - 2) + " ";
            out.add(DiffLine.diff(index, new DiffLine.Side(shown, lines.get(i), role, marked), null));
        }
    }

    private static List<Cell> cells(String text, List<Span> spans, DiffRow.Kind kind) {
        boolean wholeLine = kind == DiffRow.Kind.INSERT || kind == DiffRow.Kind.DELETE;
        return VisibleText.cells(text, spans, wholeLine);
    }

    /** Cells in lines of at most {@code width} columns; a cluster never splits, an empty text gives one line. */
    static List<List<Cell>> wrap(List<Cell> cells, int width) {
        List<List<Cell>> lines = new ArrayList<>();
        List<Cell> line = new ArrayList<>();
        int used = 0;
        for (Cell cell : cells) {
            if (used + cell.width() > width && !line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            line.add(cell);
            used += cell.width();
        }
        lines.add(line);
        return lines;
    }

    private static String gutter(int line, char marker, int digits) {
        return number(line, digits) + " " + marker + " ";
    }

    private static String number(int line, int digits) {
        String text = line > 0 ? String.valueOf(line) : "";
        return " ".repeat(Math.max(0, digits - text.length())) + text;
    }

    private static int digits(List<DiffRow> rows) {
        int max = 1;
        for (DiffRow row : rows) {
            max = Math.max(max, Math.max(row.leftLine(), row.rightLine()) + row.count());
        }
        return String.valueOf(max).length();
    }
}
