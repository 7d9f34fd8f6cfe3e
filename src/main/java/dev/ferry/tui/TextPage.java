package dev.ferry.tui;

import java.util.ArrayList;
import java.util.List;

/** A scrolling page of styled lines, drawn only where visible; the body of the help and detail views. */
final class TextPage {
    /** One line of the page. */
    record Line(String text, Role role) {}

    private final List<Line> lines = new ArrayList<>();
    private final VirtualList list = new VirtualList();

    void clear() {
        lines.clear();
    }

    void add(String text, Role role) {
        lines.add(new Line(text, role));
    }

    List<Line> lines() {
        return lines;
    }

    VirtualList list() {
        return list;
    }

    void draw(Canvas canvas, Rect area) {
        list.resize(lines.size());
        list.viewport(area.height());
        for (int i = 0; i < area.height(); i++) {
            int index = list.rowAt(i);
            if (index < 0) {
                canvas.fill(area.column(), area.row() + i, area.width(), canvas.style(Role.TEXT));
                continue;
            }
            Line line = lines.get(index);
            Style style = index == list.cursor() ? canvas.style(line.role()).over(canvas.style(Role.SELECTED))
                    : canvas.style(line.role());
            canvas.field(area.column(), area.row() + i, line.text(), style, area.width());
        }
    }
}
