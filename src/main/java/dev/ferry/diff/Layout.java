package dev.ferry.diff;

import java.util.List;

/** One way of drawing a line diff in a terminal of a given width: side by side, or unified. */
interface Layout {
    /** The lines naming the two sides. */
    List<String> header(String leftLabel, String rightLabel);

    /** Every row of the diff, folds included, as terminal lines. */
    List<String> rows(TextDiff diff);

    /** The text of a fold row: {@code ⋯ 37 unchanged lines}. */
    static String foldText(int count) {
        return "⋯ " + count + " unchanged line" + (count == 1 ? "" : "s");
    }

    /** Digits for the widest line number of the diff, at least 3 so small files line up with large ones. */
    static int digits(TextDiff diff) {
        int max = 0;
        for (DiffRow row : diff.rows()) {
            max = Math.max(max, Math.max(row.leftLine(), row.rightLine()) + row.count());
        }
        return Math.max(3, String.valueOf(max).length());
    }
}
