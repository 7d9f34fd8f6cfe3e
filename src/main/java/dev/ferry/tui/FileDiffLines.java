package dev.ferry.tui;

import dev.ferry.diff.DiffRow;
import dev.ferry.diff.TextDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * A text diff of one file as page lines, unified: {@code -} for the file as it is, {@code +} for
 * what would be written, unchanged runs folded to one line. The export wizard's preview and the
 * normalize view show files this way before anything is written.
 */
final class FileDiffLines {
    private FileDiffLines() {}

    static List<TextPage.Line> of(TextDiff diff) {
        List<TextPage.Line> lines = new ArrayList<>();
        if (diff.isEmpty()) {
            lines.add(new TextPage.Line("  (no change)", Role.DIM));
            return lines;
        }
        for (DiffRow row : diff.rows()) {
            switch (row.kind()) {
                case FOLD -> lines.add(new TextPage.Line("  ⋯ " + row.count() + " unchanged line"
                        + (row.count() == 1 ? "" : "s"), Role.DIFF_FOLD));
                case EQUAL -> lines.add(new TextPage.Line("  " + row.left(), Role.TEXT));
                case NO_NEWLINE -> lines.add(new TextPage.Line("  " + DiffRow.NO_NEWLINE_TEXT, Role.DIM));
                case DELETE -> lines.add(new TextPage.Line("- " + row.left(), Role.DIFF_DELETE));
                case INSERT -> lines.add(new TextPage.Line("+ " + row.right(), Role.DIFF_INSERT));
                case CHANGE -> {
                    lines.add(new TextPage.Line("- " + row.left(), Role.DIFF_DELETE));
                    lines.add(new TextPage.Line("+ " + row.right(), Role.DIFF_INSERT));
                }
            }
        }
        return lines;
    }
}
