package dev.ferry.diff;

import java.util.List;

/**
 * A run of text diff rows shown together: the differences and their context, between two folds.
 * {@code leftStart}/{@code rightStart} are the 1-based first line of each side in the hunk and
 * the counts how many lines of each side it shows, as in a unified diff's {@code @@} header.
 */
public record Hunk(int leftStart, int leftCount, int rightStart, int rightCount, List<DiffRow> rows) {
    public Hunk {
        rows = List.copyOf(rows);
    }

    /** The unified diff header: {@code @@ -3,7 +3,8 @@}. */
    public String header() {
        return "@@ -" + leftStart + "," + leftCount + " +" + rightStart + "," + rightCount + " @@";
    }
}
