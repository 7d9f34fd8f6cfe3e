package dev.ferry.tui;

import dev.ferry.diff.Cell;
import dev.ferry.diff.Change;
import dev.ferry.diff.DiffRow;
import dev.ferry.diff.ResourceDiff;
import dev.ferry.diff.TextDiff;
import dev.ferry.workspace.ResourceKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The diff of one resource between two columns: the structural summary on top, then the canonical
 * YAML side by side (120 columns and up) or unified, unchanged runs folded. Enter on a fold opens
 * it; {@code n}/{@code N} jump between hunks. The diff is computed off the UI thread and handed in
 * through {@link #show}; until then the view says it is waiting. UI thread only.
 */
final class DiffView implements View, View.Navigable {
    private static final int CONTEXT_ABOVE_HUNK = 2;

    private final ResourceKey key;
    private final String left;
    private final String right;
    private final VirtualList list = new VirtualList();
    private String notice;
    private ResourceDiff diff;
    private List<DiffRow> rows = List.of();
    private List<DiffLine> lines = List.of();
    private List<Integer> hunkStarts = List.of();
    private int laidOutFor = -1;

    DiffView(ResourceKey key, String left, String right) {
        this.key = key;
        this.left = left;
        this.right = right;
        this.notice = "comparing " + key + " between " + left + " and " + right + " …";
    }

    @Override
    public String scope() {
        return "diff";
    }

    @Override
    public String title() {
        return "diff " + key + "  " + left + " → " + right;
    }

    @Override
    public List<String> hints() {
        return List.of("diff.next-hunk", "diff.previous-hunk", "diff.unfold", "app.back", "app.help");
    }

    ResourceKey key() {
        return key;
    }

    /** Takes the computed diff. */
    void show(ResourceDiff computed) {
        this.diff = computed;
        this.notice = null;
        this.rows = new ArrayList<>(computed.yaml().rows());
        this.laidOutFor = -1;
    }

    /** Says why there is no diff to show. */
    void fail(String reason) {
        this.notice = "cannot compare " + key + ": " + reason;
    }

    /** Opens the fold under the cursor; returns false when the cursor is not on one. */
    boolean unfold() {
        if (diff == null || list.cursor() >= lines.size()) {
            return false;
        }
        DiffLine line = lines.get(list.cursor());
        if (line.type() != DiffLine.Type.FOLD) {
            return false;
        }
        expand(line.row());
        return true;
    }

    void unfoldAll() {
        if (diff == null) {
            return;
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).kind() == DiffRow.Kind.FOLD) {
                expand(i);
            }
        }
    }

    private void expand(int index) {
        TextDiff yaml = diff.yaml();
        List<DiffRow> opened = yaml.expand(rows.get(index));
        rows.remove(index);
        rows.addAll(index, opened);
        laidOutFor = -1;
    }

    void nextHunk() {
        for (int start : hunkStarts) {
            if (start > list.cursor()) {
                list.jumpTo(start, CONTEXT_ABOVE_HUNK);
                return;
            }
        }
    }

    void previousHunk() {
        for (int i = hunkStarts.size() - 1; i >= 0; i--) {
            if (hunkStarts.get(i) < list.cursor()) {
                list.jumpTo(hunkStarts.get(i), CONTEXT_ABOVE_HUNK);
                return;
            }
        }
    }

    int cursor() {
        return list.cursor();
    }

    List<DiffLine> lines() {
        return lines;
    }

    @Override
    public void moveBy(int rowsToMove) {
        list.moveBy(rowsToMove);
    }

    @Override
    public void moveToStart() {
        list.moveTo(0);
    }

    @Override
    public void moveToEnd() {
        list.moveTo(list.size() - 1);
    }

    @Override
    public int pageSize() {
        return Math.max(1, list.height() - 1);
    }

    @Override
    public void draw(Canvas canvas, Rect area) {
        canvas.clear(area, Role.TEXT);
        canvas.field(area.column(), area.row(), title(), Role.TITLE, area.width());
        if (notice != null) {
            canvas.text(area.column(), area.row() + 2, notice, Role.DIM, area.width());
            return;
        }
        if (laidOutFor != area.width()) {
            layout(area.width());
        }
        boolean sideBySide = area.width() >= DiffLines.SIDE_BY_SIDE_WIDTH;
        int separator = DiffLines.leftPaneWidth(area.width());
        Rect body = area.belowTop(sideBySide ? 2 : 1);
        if (sideBySide) {
            canvas.field(area.column(), area.row() + 1, left, Role.HEADER, separator);
            canvas.text(area.column() + separator, area.row() + 1, "│", Role.BORDER, 1);
            canvas.field(area.column() + separator + 1, area.row() + 1, right, Role.HEADER,
                    area.width() - separator - 1);
        }
        list.resize(lines.size());
        list.viewport(body.height());
        for (int i = 0; i < body.height(); i++) {
            int index = list.rowAt(i);
            if (index < 0) {
                break;
            }
            drawLine(canvas, lines.get(index), body.column(), body.row() + i, area.width(), separator, sideBySide,
                    index == list.cursor());
        }
    }

    private void layout(int width) {
        List<DiffLine> out = new ArrayList<>();
        if (diff.isEmpty()) {
            out.add(DiffLine.text("no differences between " + left + " and " + right, Role.STATUS_IN_SYNC));
        }
        for (int i = 0; i < diff.changes().size(); i++) {
            Change change = diff.changes().get(i);
            out.add(DiffLine.text(marker(change.kind()) + " " + diff.summary().get(i), role(change.kind())));
        }
        if (!diff.isEmpty()) {
            out.add(DiffLine.text("", Role.TEXT));
        }
        int first = out.size();
        out.addAll(DiffLines.layout(rows, width));
        // A hunk starts at a changed line that follows context, a fold or the summary.
        List<Integer> starts = new ArrayList<>();
        for (int i = first; i < out.size(); i++) {
            if (out.get(i).isDifference() && (i == first || !out.get(i - 1).isDifference())) {
                starts.add(i);
            }
        }
        lines = out;
        hunkStarts = starts;
        laidOutFor = width;
    }

    private static void drawLine(Canvas canvas, DiffLine line, int x, int y, int width, int separator,
            boolean sideBySide, boolean selected) {
        switch (line.type()) {
            case TEXT -> canvas.field(x, y, line.text(), line.role(), width);
            case FOLD -> canvas.field(x, y, "    " + line.text(), selected
                    ? canvas.style(Role.DIFF_FOLD).over(canvas.style(Role.SELECTED)) : canvas.style(Role.DIFF_FOLD),
                    width);
            case DIFF -> {
                if (sideBySide) {
                    drawSide(canvas, line.left(), x, y, separator, selected);
                    canvas.text(x + separator, y, "│", Role.BORDER, 1);
                    drawSide(canvas, line.right(), x + separator + 1, y, width - separator - 1, false);
                } else {
                    drawSide(canvas, line.left(), x, y, width, selected);
                }
            }
        }
    }

    /** Draws one pane from its own start column, so a width error in one pane cannot move the other. */
    private static void drawSide(Canvas canvas, DiffLine.Side side, int x, int y, int width, boolean selected) {
        if (side == null) {
            canvas.fill(x, y, width, canvas.style(Role.TEXT));
            return;
        }
        Style base = canvas.style(side.role());
        int used = canvas.text(x, y, side.gutter(), selected ? base.over(canvas.style(Role.SELECTED)) : base, width);
        for (Cell cell : side.cells()) {
            Style style = cell.marked() ? canvas.style(side.marked()) : base;
            used += canvas.text(x + used, y, cell.text(), style, width - used);
        }
        canvas.fill(x + used, y, width - used, canvas.style(Role.TEXT));
    }

    private static char marker(Change.Kind kind) {
        return switch (kind) {
            case ADDED -> '+';
            case REMOVED -> '-';
            case CHANGED -> '~';
            case MOVED -> '>';
        };
    }

    private static Role role(Change.Kind kind) {
        return switch (kind) {
            case ADDED -> Role.DIFF_INSERT;
            case REMOVED -> Role.DIFF_DELETE;
            case CHANGED, MOVED -> Role.HEADER;
        };
    }
}
