package dev.ferry.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.ferry.diff.DisplayWidth;
import java.util.List;

/** A one-line text field (the filter, the palette, column prompts): typing, Backspace, Ctrl+u to clear. */
final class LineInput {
    private final StringBuilder text;

    LineInput(String initial) {
        this.text = new StringBuilder(initial);
    }

    String text() {
        return text.toString();
    }

    /** Applies an editing key; returns true when the text changed or the key was an edit. */
    boolean edit(KeyStroke key) {
        if (key.getKeyType() == KeyType.Backspace) {
            if (text.length() > 0) {
                List<String> clusters = DisplayWidth.clusters(text.toString());
                text.setLength(text.length() - clusters.get(clusters.size() - 1).length());
            }
            return true;
        }
        if (key.getKeyType() == KeyType.Character) {
            if (key.isCtrlDown() && key.getCharacter() == 'u') {
                text.setLength(0);
                return true;
            }
            if (!key.isCtrlDown() && !key.isAltDown()) {
                text.append(key.getCharacter());
                return true;
            }
        }
        return false;
    }

    /** Draws {@code label} and the text with a block cursor at its end, in {@code width} columns. */
    void draw(Canvas canvas, int column, int row, String label, int width) {
        int used = canvas.text(column, row, label, Role.PROMPT, width);
        String shown = text.toString();
        int room = width - used - 1;
        while (DisplayWidth.of(shown) > room && !shown.isEmpty()) {
            shown = shown.substring(DisplayWidth.clusters(shown).get(0).length());
        }
        used += canvas.text(column + used, row, shown, Role.TEXT, room);
        used += canvas.text(column + used, row, " ", Role.SELECTED, 1);
        canvas.fill(column + used, row, width - used, canvas.style(Role.TEXT));
    }
}
