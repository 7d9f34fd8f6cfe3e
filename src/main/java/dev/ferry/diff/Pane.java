package dev.ferry.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays one side of a row out in a column of fixed width: cells wrapped onto visual lines at
 * cluster boundaries (a wide character that does not fit moves to the next line whole), each
 * line drawn and padded to exactly the column's width, measured in display columns.
 */
final class Pane {
    private Pane() {}

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
            Cell fitted = cell;
            if (cell.width() > width) {
                String cut = DisplayWidth.truncate(cell.text(), width);
                fitted = new Cell(cut, DisplayWidth.of(cut), cell.marked());
            }
            line.add(fitted);
            used += fitted.width();
        }
        lines.add(line);
        return lines;
    }

    /** The line drawn in {@code tone}, changed cells emphasised, then spaces up to {@code width} when {@code pad}. */
    static String draw(List<Cell> line, int width, Style style, Style.Tone tone, boolean pad) {
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        boolean runMarked = false;
        int used = 0;
        for (Cell cell : line) {
            if (cell.marked() != runMarked && run.length() > 0) {
                out.append(style.paint(run.toString(), tone, runMarked));
                run.setLength(0);
            }
            runMarked = cell.marked();
            run.append(cell.text());
            used += cell.width();
        }
        out.append(style.paint(run.toString(), tone, runMarked));
        if (pad && used < width) {
            out.append(" ".repeat(width - used));
        }
        return out.toString();
    }

    /** A line of carets under the changed cells of {@code line}, for output without colour. */
    static String carets(List<Cell> line, int width, boolean pad) {
        StringBuilder out = new StringBuilder();
        for (Cell cell : line) {
            out.append((cell.marked() ? "^" : " ").repeat(cell.width()));
        }
        return pad ? out + " ".repeat(Math.max(0, width - out.length())) : out.toString().stripTrailing();
    }

    static boolean hasMarks(List<Cell> line) {
        for (Cell cell : line) {
            if (cell.marked()) {
                return true;
            }
        }
        return false;
    }
}
