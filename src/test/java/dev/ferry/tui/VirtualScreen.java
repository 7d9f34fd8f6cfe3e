package dev.ferry.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Lanterna's virtual terminal and a screen on it, with ways to read back what the workbench drew. */
final class VirtualScreen {
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;

    VirtualScreen(int columns, int rows) {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        try {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int columns() {
        return terminal.getTerminalSize().getColumns();
    }

    int rows() {
        return terminal.getTerminalSize().getRows();
    }

    /** The cells of one row as drawn on the terminal, a wide character's padding cell left out. */
    List<TextCharacter> cells(int row) {
        List<TextCharacter> cells = new ArrayList<>();
        for (int column = 0; column < columns(); column++) {
            TextCharacter cell = terminal.getCharacter(column, row);
            cells.add(cell);
            if (cell.isDoubleWidth()) {
                column++;
            }
        }
        return cells;
    }

    String line(int row) {
        StringBuilder out = new StringBuilder();
        for (TextCharacter cell : cells(row)) {
            out.append(cell.getCharacterString());
        }
        return out.toString().stripTrailing();
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < rows(); row++) {
            lines.add(line(row));
        }
        return lines;
    }

    String text() {
        return String.join("\n", lines());
    }

    /** The row whose text contains {@code needle}, or -1. */
    int rowOf(String needle) {
        for (int row = 0; row < rows(); row++) {
            if (line(row).contains(needle)) {
                return row;
            }
        }
        return -1;
    }

    /** The terminal column of the first {@code needle} on {@code row} (wide characters count two), or -1. */
    int columnOf(int row, String needle) {
        int column = 0;
        for (TextCharacter cell : cells(row)) {
            if (cell.getCharacterString().equals(needle)) {
                return column;
            }
            column += cell.isDoubleWidth() ? 2 : 1;
        }
        return -1;
    }

    TextCharacter at(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    TextColor foreground(int column, int row) {
        return at(column, row).getForegroundColor();
    }

    void type(String keys) {
        for (char c : keys.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
        }
    }

    void press(KeyType type) {
        terminal.addInput(new KeyStroke(type));
    }

    void resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
    }
}
