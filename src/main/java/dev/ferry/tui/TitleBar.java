package dev.ferry.tui;

import java.nio.file.Path;

/** The top line: Ferry, the repo, the view on top and the theme. */
final class TitleBar {
    private TitleBar() {}

    static void draw(Canvas canvas, Rect area, Path root, View top, String theme) {
        String left = " ferry  " + root.getFileName() + "  ›  " + top.title();
        String right = "theme " + theme + " ";
        canvas.field(area.column(), area.row(), left, Role.BAR, area.width());
        if (area.width() > left.length() + right.length() + 2) {
            canvas.text(area.right() - right.length(), area.row(), right, Role.BAR, right.length());
        }
    }
}
