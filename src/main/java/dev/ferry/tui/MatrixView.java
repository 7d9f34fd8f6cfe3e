package dev.ferry.tui;

import dev.ferry.diff.DisplayWidth;
import dev.ferry.workspace.ColumnState;
import dev.ferry.workspace.ResourceKey;
import dev.ferry.workspace.Status;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Home: the matrix. A summary line, a header per column (name, org, access, freshness), then one
 * line per visible entry: group headers and resources with a status glyph per column. Protected
 * environments are framed. Only the lines on screen are drawn. UI thread only.
 */
final class MatrixView implements View, View.Navigable {
    static final int HEADER_LINES = 6;

    private final MatrixModel model;
    private final Clock clock;
    private final VirtualList list = new VirtualList();
    private final CellSelection selection = new CellSelection();
    private int columnCursor = 1;
    private ResourceKey selectedKey;
    /** Beside a Git cell whose file changed since HEAD. */
    static final String CHANGED_MARK = "*";

    private GitFacts git = GitFacts.NONE;

    MatrixView(MatrixModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    @Override
    public String scope() {
        return "matrix";
    }

    @Override
    public String title() {
        return "matrix";
    }

    @Override
    public List<String> hints() {
        return List.of("matrix.diff", "matrix.detail", "matrix.filter", "app.help", "app.palette", "app.back");
    }

    /** HEAD and the files changed since, for the Git column; the commit each environment received. */
    void git(GitFacts facts) {
        this.git = facts;
    }

    /** Call after the model changed: keeps the cursor on the same resource where it still shows. */
    void modelChanged() {
        List<MatrixModel.Entry> entries = model.entries();
        list.resize(entries.size());
        if (selectedKey != null) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) instanceof MatrixModel.Item item && item.row().key().equals(selectedKey)) {
                    list.moveTo(i);
                    break;
                }
            }
        }
        if (selectedKey == null && list.cursor() == 0 && entries.size() > 1
                && entries.get(0) instanceof MatrixModel.Group) {
            // Start on the first resource rather than its group header, so Enter opens a diff at once.
            list.moveTo(1);
        }
        columnCursor = Math.max(0, Math.min(columnCursor, model.columns().size() - 1));
        remember();
    }

    Optional<MatrixModel.Entry> selectedEntry() {
        List<MatrixModel.Entry> entries = model.entries();
        return list.cursor() < entries.size() ? Optional.of(entries.get(list.cursor())) : Optional.empty();
    }

    Optional<MatrixModel.Row> selectedRow() {
        return selectedEntry().filter(MatrixModel.Item.class::isInstance).map(e -> ((MatrixModel.Item) e).row());
    }

    MatrixColumn selectedColumn() {
        return model.columns().get(columnCursor);
    }

    /** The cells picked for a promotion, marked [ ] on screen. */
    CellSelection selection() {
        return selection;
    }

    int columnCursor() {
        return columnCursor;
    }

    @Override
    public void moveBy(int rows) {
        list.moveBy(rows);
        remember();
    }

    @Override
    public void moveSideways(int columns) {
        columnCursor = Math.max(0, Math.min(model.columns().size() - 1, columnCursor + columns));
    }

    @Override
    public void moveToStart() {
        list.moveTo(0);
        remember();
    }

    @Override
    public void moveToEnd() {
        list.moveTo(list.size() - 1);
        remember();
    }

    @Override
    public int pageSize() {
        return Math.max(1, list.height() - 1);
    }

    private void remember() {
        selectedKey = selectedRow().map(MatrixModel.Row::key).orElse(selectedKey);
    }

    @Override
    public void draw(Canvas canvas, Rect area) {
        List<MatrixColumn> columns = model.columns();
        Layout layout = Layout.of(area.width(), columns.size());
        canvas.clear(area, Role.TEXT);
        drawSummary(canvas, area);
        drawHeaders(canvas, area, layout, columns);
        Rect body = new Rect(area.column(), area.row() + HEADER_LINES, area.width(), area.height() - HEADER_LINES - 1);
        list.resize(model.entries().size());
        list.viewport(body.height());
        for (int line = 0; line < body.height(); line++) {
            int index = list.rowAt(line);
            int y = body.row() + line;
            drawSeparators(canvas, area, layout, columns, y);
            if (index < 0) {
                continue;
            }
            MatrixModel.Entry entry = model.entries().get(index);
            boolean selected = index == list.cursor();
            if (entry instanceof MatrixModel.Group group) {
                String mark = group.collapsed() ? "▸ " : "▾ ";
                canvas.field(area.column(), y, mark + group.kind().spelling() + "  " + group.count(),
                        selected ? canvas.style(Role.HEADER).over(canvas.style(Role.SELECTED))
                                : canvas.style(Role.HEADER), layout.keyWidth());
            } else {
                drawRow(canvas, area, layout, columns, ((MatrixModel.Item) entry).row(), y, selected);
            }
        }
        drawFrameEdges(canvas, area, layout, columns, area.row() + HEADER_LINES - 5, '┌', '┐');
        drawFrameEdges(canvas, area, layout, columns, area.bottom() - 1, '└', '┘');
    }

    private void drawSummary(Canvas canvas, Rect area) {
        Map<Status, Integer> counts = model.counts();
        int x = area.column();
        int y = area.row();
        int right = area.right();
        for (Status status : counts.keySet()) {
            String part = status.glyph() + " " + counts.get(status) + " " + status.label() + "  ";
            if (x + DisplayWidth.of(part) > right) {
                part = status.glyph() + " " + counts.get(status) + "  ";
            }
            x += canvas.text(x, y, part, StatusStyles.role(status), right - x);
        }
        long loading = model.columns().stream().filter(c -> c.state().phase() == ColumnState.Phase.LOADING).count();
        long failed = model.columns().stream().filter(c -> c.state().phase() == ColumnState.Phase.FAILED).count();
        if (loading > 0) {
            x += canvas.text(x, y, "… " + loading + " loading  ", Role.STATUS_LOADING, right - x);
        }
        if (failed > 0) {
            x += canvas.text(x, y, "× " + failed + " failed  ", Role.STATUS_ERROR, right - x);
        }
        if (!selection.isEmpty()) {
            x += canvas.text(x, y, "[" + selection.size() + " selected in " + selection.column().orElseThrow() + "]  ",
                    Role.PROMPT, right - x);
        }
        if (!model.filter().isEmpty()) {
            long shown = model.entries().stream().filter(MatrixModel.Item.class::isInstance).count();
            canvas.text(x, y, "/" + model.filter().text() + " (" + shown + " of " + model.rowCount() + ")",
                    Role.PROMPT, right - x);
        }
    }

    private void drawHeaders(Canvas canvas, Rect area, Layout layout, List<MatrixColumn> columns) {
        int top = area.row() + 2;
        canvas.text(area.column(), top, "Resource", Role.HEADER, layout.keyWidth());
        canvas.text(area.column(), top + 1, model.rowCount() + " resources", Role.DIM, layout.keyWidth());
        for (int c = 0; c < columns.size(); c++) {
            MatrixColumn column = columns.get(c);
            int x = layout.cellStart(c) + 1;
            int width = layout.cellWidth() - 1;
            Role nameRole = column.isProtected() ? Role.PROTECTED : Role.HEADER;
            canvas.field(x, top, column.name(), c == columnCursor ? canvas.style(nameRole).with(
                    com.googlecode.lanterna.SGR.UNDERLINE) : canvas.style(nameRole), width);
            canvas.field(x, top + 1, ColumnHeader.org(column), Role.DIM, width);
            canvas.field(x, top + 2, ColumnHeader.fit(ColumnHeader.access(column, git), width), Role.DIM, width);
            String fresh = ColumnHeader.fit(ColumnHeader.freshness(column, clock), width);
            Role role = switch (column.state().phase()) {
                case FAILED -> Role.STATUS_ERROR;
                case LOADING -> Role.STATUS_LOADING;
                case READY -> column.state().stale() ? Role.WARNING : Role.DIM;
            };
            canvas.field(x, top + 3, fresh, role, width);
        }
        for (int y = area.row() + 1; y < area.row() + HEADER_LINES; y++) {
            drawSeparators(canvas, area, layout, columns, y);
        }
    }

    private void drawRow(Canvas canvas, Rect area, Layout layout, List<MatrixColumn> columns, MatrixModel.Row row,
            int y, boolean selected) {
        String name = "  " + row.key().key();
        Style keyStyle = selected ? canvas.style(Role.SELECTED) : canvas.style(Role.TEXT);
        int used = canvas.text(area.column(), y, name, keyStyle, layout.keyWidth() - 1);
        if (!MatrixModel.isPrimary(row)) {
            used += canvas.text(area.column() + used, y, " (" + row.key().target().spelling() + ")",
                    selected ? keyStyle : canvas.style(Role.DIM), layout.keyWidth() - 1 - used);
        }
        canvas.fill(area.column() + used, y, layout.keyWidth() - used, keyStyle);
        for (int c = 0; c < columns.size(); c++) {
            MatrixColumn column = columns.get(c);
            MatrixModel.Cell cell = model.cell(row, column);
            String glyph;
            Role role;
            switch (cell) {
                case LOADING -> { glyph = "…"; role = Role.STATUS_LOADING; }
                case ERROR -> { glyph = "×"; role = Role.STATUS_ERROR; }
                case EMPTY -> { glyph = " "; role = Role.TEXT; }
                default -> {
                    Status status = model.status(row, column).orElseThrow();
                    glyph = status.glyph();
                    role = StatusStyles.role(status);
                }
            }
            int x = layout.cellStart(c) + 1;
            int width = layout.cellWidth() - 1;
            Style style = canvas.style(role);
            boolean here = selected && c == columnCursor;
            canvas.fill(x, y, width, here ? canvas.style(Role.TEXT).over(canvas.style(Role.SELECTED))
                    : canvas.style(Role.TEXT));
            canvas.text(x + (width - 1) / 2, y, glyph, here ? style.over(canvas.style(Role.SELECTED)) : style, 1);
            boolean selectedCell = selection.contains(column.name(), row.key());
            if (selectedCell) {
                Style mark = here ? canvas.style(Role.PROMPT).over(canvas.style(Role.SELECTED))
                        : canvas.style(Role.PROMPT);
                canvas.text(x + (width - 1) / 2 - 1, y, "[", mark, 1);
                canvas.text(x + (width - 1) / 2 + 1, y, "]", mark, 1);
            }
            if (column.isGit() && width >= 4 && git.isChanged(model.file(row.key()).orElse(null))) {
                // The file differs from HEAD: what the Git column shows is not committed yet.
                Style changed = canvas.style(Role.WARNING);
                canvas.text(x + (width - 1) / 2 + (selectedCell ? 2 : 1), y, CHANGED_MARK,
                        here ? changed.over(canvas.style(Role.SELECTED)) : changed, 1);
            }
        }
    }

    private static void drawSeparators(Canvas canvas, Rect area, Layout layout, List<MatrixColumn> columns, int y) {
        for (int c = 0; c <= columns.size(); c++) {
            boolean red = c < columns.size() && columns.get(c).isProtected()
                    || c > 0 && columns.get(c - 1).isProtected();
            int x = c < columns.size() ? layout.cellStart(c) : layout.cellStart(c - 1) + layout.cellWidth();
            if (x < area.right()) {
                canvas.text(x, y, "│", red ? Role.PROTECTED : Role.BORDER, 1);
            }
        }
    }

    private static void drawFrameEdges(Canvas canvas, Rect area, Layout layout, List<MatrixColumn> columns, int y,
            char left, char right) {
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).isProtected()) {
                continue;
            }
            int x = layout.cellStart(c);
            canvas.text(x, y, String.valueOf(left), Role.PROTECTED, 1);
            canvas.text(x + 1, y, "─".repeat(layout.cellWidth() - 1), Role.PROTECTED, layout.cellWidth() - 1);
            canvas.text(x + layout.cellWidth(), y, String.valueOf(right), Role.PROTECTED, 1);
        }
    }

    /** Widths of the key field and of each column (its left separator included) for a screen width. */
    record Layout(int keyWidth, int cellWidth) {
        static Layout of(int width, int columns) {
            int cell = Math.max(6, Math.min(19, (width - 24 - 1) / Math.max(1, columns)));
            int key = Math.max(8, width - columns * cell - 1);
            return new Layout(key, cell);
        }

        int cellStart(int column) {
            return keyWidth + column * cellWidth;
        }
    }
}
