package dev.ferry.tui;

import dev.ferry.diff.Cell;
import dev.ferry.diff.DiffRow;
import java.util.List;

/**
 * One screen line of the diff view. A text line (title, summary, notice) has {@code text}; a diff
 * line has a gutter and cells per side (side by side) or on the left only (unified); a fold line
 * points at the {@link DiffRow} it would unfold. {@code row} is the index of the diff row it comes
 * from, or -1.
 */
record DiffLine(Type type, String text, Role role, int row, Side left, Side right) {
    /** What the line is. */
    enum Type { TEXT, DIFF, FOLD }

    /** One side of a diff line: its gutter (line number and marker), cells, and look. */
    record Side(String gutter, List<Cell> cells, Role role, Role marked) {
        Side {
            cells = List.copyOf(cells);
        }
    }

    static DiffLine text(String text, Role role) {
        return new DiffLine(Type.TEXT, text, role, -1, null, null);
    }

    static DiffLine fold(String text, int row) {
        return new DiffLine(Type.FOLD, text, Role.DIFF_FOLD, row, null, null);
    }

    static DiffLine diff(int row, Side left, Side right) {
        return new DiffLine(Type.DIFF, "", Role.TEXT, row, left, right);
    }

    boolean isDifference() {
        return type == Type.DIFF && (isChanged(left) || isChanged(right));
    }

    private static boolean isChanged(Side side) {
        return side != null && (side.role() == Role.DIFF_INSERT || side.role() == Role.DIFF_DELETE);
    }
}
