package dev.ferry.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import dev.ferry.diff.DisplayWidth;

/**
 * Draws text into the back buffer of a Lanterna {@link Screen}, one grapheme cluster at a time,
 * counting columns with {@link DisplayWidth} rather than Lanterna's own count (pitfall C06). A
 * wide character that does not fit at the end of a field is replaced by a space, never split.
 * Every string that reaches the screen goes through here. UI thread only.
 */
final class Canvas {
    private final Screen screen;
    private final Glyphs glyphs;
    private Theme theme;

    Canvas(Screen screen, Glyphs glyphs, Theme theme) {
        this.screen = screen;
        this.glyphs = glyphs;
        this.theme = theme;
    }

    void theme(Theme newTheme) {
        this.theme = newTheme;
    }

    Theme theme() {
        return theme;
    }

    Style style(Role role) {
        return theme.style(role);
    }

    int width() {
        return screen.getTerminalSize().getColumns();
    }

    int height() {
        return screen.getTerminalSize().getRows();
    }

    /** Draws {@code text} at most {@code maxWidth} columns wide; returns the columns it took. */
    int text(int column, int row, String text, Role role, int maxWidth) {
        return text(column, row, text, style(role), maxWidth);
    }

    int text(int column, int row, String text, Style style, int maxWidth) {
        if (row < 0 || row >= height() || maxWidth <= 0) {
            return 0;
        }
        int limit = Math.min(maxWidth, width() - column);
        int used = 0;
        for (int i = 0; i < text.length() && used < limit; ) {
            char c = text.charAt(i);
            // ASCII needs no cluster or width work, and is almost everything a matrix holds.
            if (c >= 0x20 && c < 0x7F && (i + 1 == text.length() || text.charAt(i + 1) < 0x80)) {
                screen.setCharacter(column + used, row, glyphs.cell(String.valueOf(c), 1, style));
                used++;
                i++;
                continue;
            }
            int end = clusterEnd(text, i);
            String cluster = text.substring(i, end);
            i = end;
            String shown = DisplayWidth.printable(cluster);
            if (!shown.equals(cluster)) {
                // A control character or bidi override: drawn as its visible escape, never sent raw.
                used += text(column + used, row, shown, style, limit - used);
                continue;
            }
            int width = DisplayWidth.of(cluster);
            if (width == 0) {
                continue;
            }
            if (used + width > limit) {
                screen.setCharacter(column + used, row, glyphs.cell(" ", 1, style));
                used++;
                break;
            }
            screen.setCharacter(column + used, row, glyphs.cell(cluster, width, style));
            used += width;
        }
        return used;
    }

    /** Draws {@code text} and fills the rest of the field with spaces in the same style. */
    void field(int column, int row, String text, Role role, int width) {
        field(column, row, text, style(role), width);
    }

    void field(int column, int row, String text, Style style, int width) {
        int used = text(column, row, text, style, width);
        fill(column + used, row, width - used, style);
    }

    void fill(int column, int row, int width, Style style) {
        if (row < 0 || row >= height()) {
            return;
        }
        TextCharacter blank = glyphs.cell(" ", 1, style);
        for (int x = Math.max(0, column); x < Math.min(width(), column + width); x++) {
            screen.setCharacter(x, row, blank);
        }
    }

    void clear(Rect area, Role role) {
        for (int y = area.row(); y < area.bottom(); y++) {
            fill(area.column(), y, area.width(), style(role));
        }
    }

    private static int clusterEnd(String text, int start) {
        String rest = text.substring(start, Math.min(text.length(), start + 32));
        return start + DisplayWidth.clusters(rest).get(0).length();
    }
}
