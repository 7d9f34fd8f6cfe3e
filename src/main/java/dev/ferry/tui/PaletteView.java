package dev.ferry.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code :}: the command palette. Typing narrows every action that applies to the view beneath
 * by fuzzy match on its title and id; Up/Down choose, Enter runs it on that view, Esc closes.
 * Drawn over the view beneath. UI thread only.
 */
final class PaletteView implements View {
    private final Workbench app;
    private final View target;
    private final List<Action> actions;
    private final KeyBindings bindings;
    private final LineInput input = new LineInput("");
    private List<Action> matches;
    private int selected;

    PaletteView(Workbench app, View target, ActionRegistry registry, KeyBindings bindings) {
        this.app = app;
        this.target = target;
        this.actions = registry.applicableTo(target);
        this.bindings = bindings;
        this.matches = actions;
    }

    @Override
    public String scope() {
        return "palette";
    }

    @Override
    public String title() {
        return "palette";
    }

    @Override
    public boolean isOverlay() {
        return true;
    }

    List<Action> matches() {
        return matches;
    }

    @Override
    public boolean handleKey(KeyStroke key) {
        switch (key.getKeyType()) {
            case Escape -> app.close(this);
            case Enter -> {
                app.close(this);
                if (!matches.isEmpty()) {
                    app.run(matches.get(selected), target);
                }
            }
            case ArrowDown -> selected = Math.min(matches.size() - 1, selected + 1);
            case ArrowUp -> selected = Math.max(0, selected - 1);
            default -> {
                if (key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'c') {
                    app.close(this);
                } else if (input.edit(key)) {
                    refilter();
                }
            }
        }
        return true;
    }

    private void refilter() {
        String query = input.text();
        List<Scored> scored = new ArrayList<>();
        for (Action action : actions) {
            int score = Math.max(FuzzyMatch.score(query, action.title()), FuzzyMatch.score(query, action.id()));
            if (score >= 0) {
                scored.add(new Scored(action, score));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed());
        matches = scored.stream().map(Scored::action).toList();
        selected = 0;
    }

    private record Scored(Action action, int score) {}

    @Override
    public void draw(Canvas canvas, Rect area) {
        int width = Math.min(area.width() - 4, 72);
        int x = area.column() + (area.width() - width) / 2;
        int height = Math.min(area.height() - 2, matches.size() + 2);
        int y = area.row() + 1;
        input.draw(canvas, x, y, ": ", width);
        for (int i = 0; i < height - 1; i++) {
            int row = y + 1 + i;
            if (i >= matches.size()) {
                canvas.fill(x, row, width, canvas.style(Role.BAR));
                continue;
            }
            Action action = matches.get(i);
            Style style = i == selected ? canvas.style(Role.SELECTED) : canvas.style(Role.BAR);
            String keys = HelpView.keys(bindings, action);
            int used = canvas.text(x, row, " " + action.title(), style, width - keys.length() - 2);
            canvas.fill(x + used, row, width - used, style);
            canvas.text(x + width - keys.length() - 1, row, keys, style, keys.length());
        }
    }
}
