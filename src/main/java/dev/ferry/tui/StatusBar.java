package dev.ferry.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.function.Consumer;

/**
 * The bottom line: a prompt while one is open (the filter, a column pair), else the latest
 * message, else key hints for the view on top, drawn from the key bindings in force.
 */
final class StatusBar {
    private LineInput input;
    private String label;
    private Consumer<String> onChange;
    private Consumer<String> onSubmit;
    private Runnable onCancel;
    private String message;

    /** Opens a prompt; {@code onChange} sees every edit (for incremental filters), Enter submits, Esc cancels. */
    void prompt(String promptLabel, String initial, Consumer<String> changed, Consumer<String> submitted,
            Runnable cancelled) {
        this.input = new LineInput(initial);
        this.label = promptLabel;
        this.onChange = changed;
        this.onSubmit = submitted;
        this.onCancel = cancelled;
        this.message = null;
    }

    boolean prompting() {
        return input != null;
    }

    void message(String text) {
        this.message = text;
    }

    String message() {
        return message;
    }

    void handle(KeyStroke key) {
        LineInput open = input;
        if (key.getKeyType() == KeyType.Enter) {
            input = null;
            onSubmit.accept(open.text());
        } else if (key.getKeyType() == KeyType.Escape
                || key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'c') {
            input = null;
            onCancel.run();
        } else if (open.edit(key)) {
            onChange.accept(open.text());
        }
    }

    void draw(Canvas canvas, Rect area, View top, KeyBindings bindings, LogBuffer log) {
        int y = area.row();
        if (input != null) {
            input.draw(canvas, area.column(), y, label, area.width());
            return;
        }
        if (message != null) {
            canvas.field(area.column(), y, " " + message, Role.BAR, area.width());
            return;
        }
        StringBuilder hints = new StringBuilder();
        List<String> ids = top.hints();
        for (String id : ids) {
            List<String> keys = bindings.keysOf(id);
            if (!keys.isEmpty()) {
                hints.append(" ").append(keys.get(0)).append(" ").append(shortName(id)).append(" ");
            }
        }
        LogBuffer.Line problem = log.lastProblem();
        canvas.field(area.column(), y, hints.toString(), Role.BAR, area.width());
        if (problem != null && !log.lines().isEmpty()) {
            String note = " L log: " + problem.text().substring(Math.min(9, problem.text().length())) + " ";
            int width = Math.min(area.width() / 2, note.length());
            canvas.field(area.right() - width, y, note, canvas.style(Role.STATUS_ERROR).over(canvas.style(Role.BAR)),
                    width);
        }
    }

    private static String shortName(String id) {
        String verb = id.substring(id.indexOf('.') + 1);
        return switch (verb) {
            case "back" -> "back/quit";
            case "next-hunk" -> "next";
            case "previous-hunk" -> "prev";
            default -> verb;
        };
    }
}
