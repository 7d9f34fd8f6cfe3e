package dev.ferry.tui;

import java.util.List;

/** The log pane ({@code L}): the latest lines of the log, problems marked, under a rule. */
final class LogPane {
    private LogPane() {}

    static void draw(Canvas canvas, LogBuffer log, Rect area) {
        canvas.field(area.column(), area.row(), "── log " + "─".repeat(Math.max(0, area.width() - 7)), Role.BORDER,
                area.width());
        List<LogBuffer.Line> lines = log.lines();
        int rows = area.height() - 1;
        int first = Math.max(0, lines.size() - rows);
        for (int i = 0; i < rows; i++) {
            int y = area.row() + 1 + i;
            int index = first + i;
            if (index >= lines.size()) {
                canvas.fill(area.column(), y, area.width(), canvas.style(Role.TEXT));
                continue;
            }
            LogBuffer.Line line = lines.get(index);
            canvas.field(area.column(), y, (line.problem() ? "× " : "  ") + line.text(),
                    line.problem() ? Role.STATUS_ERROR : Role.TEXT, area.width());
        }
    }
}
