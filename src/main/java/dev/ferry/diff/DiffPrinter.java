package dev.ferry.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link ResourceDiff} for a terminal: the one-line summary of each change on top, then
 * the line diff, side by side from {@value #SIDE_BY_SIDE_WIDTH} columns and unified below.
 * Markers ({@code + - ~ >}, and carets under changed words) carry the meaning without colour;
 * colour only adds to it, and is off for a pipe or {@code NO_COLOR}. Columns are counted with
 * {@link DisplayWidth}.
 */
public final class DiffPrinter {
    /** The narrowest terminal that gets the side-by-side layout. */
    public static final int SIDE_BY_SIDE_WIDTH = 120;
    /** Narrower terminals are drawn as if they had this width. */
    public static final int MIN_WIDTH = 40;

    private final int width;
    private final Style style;
    private final Layout layout;

    public DiffPrinter(int width, boolean color) {
        this.width = Math.max(MIN_WIDTH, width);
        this.style = new Style(color);
        this.layout = this.width >= SIDE_BY_SIDE_WIDTH ? new SideBySideLayout(this.width, style)
                : new UnifiedLayout(this.width, style);
    }

    /** The lines to print, without line breaks. */
    public List<String> print(ResourceDiff diff, String leftLabel, String rightLabel) {
        if (diff.isEmpty()) {
            return List.of(noDifferences(leftLabel, rightLabel));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < diff.changes().size(); i++) {
            Change change = diff.changes().get(i);
            summaryLine(out, marker(change.kind()), diff.summary().get(i), tone(change.kind()));
        }
        boolean yaml = !diff.yaml().isEmpty();
        if (yaml) {
            out.add("");
            out.addAll(layout.header(leftLabel, rightLabel));
            out.addAll(layout.rows(diff.yaml()));
        }
        for (Change change : diff.changes()) {
            TextDiff text = diff.textOf(change).orElse(null);
            if (text != null && (!yaml || hasCarriageReturn(change))) {
                out.add("");
                out.add(style.paint(DisplayWidth.printable(change.path()), Style.Tone.HEADER, false));
                out.addAll(layout.rows(text));
            }
        }
        return out;
    }

    /** The lines to print for a line diff on its own, such as a prompt file. */
    public List<String> print(TextDiff diff, String leftLabel, String rightLabel) {
        if (diff.isEmpty()) {
            return List.of(noDifferences(leftLabel, rightLabel));
        }
        List<String> out = new ArrayList<>(layout.header(leftLabel, rightLabel));
        out.addAll(layout.rows(diff));
        return out;
    }

    private String noDifferences(String leftLabel, String rightLabel) {
        return "no differences between " + DisplayWidth.printable(leftLabel) + " and "
                + DisplayWidth.printable(rightLabel);
    }

    private void summaryLine(List<String> out, char marker, String summary, Style.Tone tone) {
        // Escaped first: a tab or CR in a key must show, not turn into blank space.
        List<List<Cell>> lines = Pane.wrap(VisibleText.cells(DisplayWidth.printable(summary), List.of(), false),
                width - 2);
        for (int i = 0; i < lines.size(); i++) {
            out.add(style.paint((i == 0 ? marker : ' ') + " ", tone, false)
                    + Pane.draw(lines.get(i), width - 2, style, Style.Tone.PLAIN, false));
        }
    }

    /**
     * A string with CR characters is the one multi-line string canonical YAML cannot write as a
     * block of lines (it is quoted, with escapes), so its line diff is shown on its own as well.
     */
    private static boolean hasCarriageReturn(Change change) {
        return change.before().asString().indexOf('\r') >= 0 || change.after().asString().indexOf('\r') >= 0;
    }

    private static char marker(Change.Kind kind) {
        return switch (kind) {
            case ADDED -> '+';
            case REMOVED -> '-';
            case CHANGED -> '~';
            case MOVED -> '>';
        };
    }

    private static Style.Tone tone(Change.Kind kind) {
        return switch (kind) {
            case ADDED -> Style.Tone.INSERT;
            case REMOVED -> Style.Tone.DELETE;
            case CHANGED, MOVED -> Style.Tone.HEADER;
        };
    }
}
