package dev.ferry.tui;

import dev.ferry.diff.DisplayWidth;
import java.util.List;

/**
 * {@code ?}: every action that applies where help was opened, with its keys, generated from the
 * action registry and the key bindings in force (the user's overrides included), so it cannot go
 * out of date. Unbound actions are listed too: the palette still runs them.
 */
final class HelpView extends PageView {
    private final String context;

    HelpView(View under, ActionRegistry registry, KeyBindings bindings) {
        this.context = under.title();
        String scope = null;
        List<Action> actions = registry.applicableTo(under);
        int keyWidth = 4;
        for (Action action : actions) {
            keyWidth = Math.max(keyWidth, DisplayWidth.of(keys(bindings, action)));
        }
        for (Action action : actions) {
            if (!action.scope().equals(scope)) {
                scope = action.scope();
                if (!page.lines().isEmpty()) {
                    page.add("", Role.TEXT);
                }
                page.add(heading(scope), Role.HEADER);
            }
            String keys = keys(bindings, action);
            page.add("  " + DisplayWidth.pad(keys, keyWidth) + "  " + action.title() + "  (" + action.id() + ")",
                    keys.equals("—") ? Role.DIM : Role.TEXT);
        }
    }

    static String keys(KeyBindings bindings, Action action) {
        List<String> keys = bindings.keysOf(action.id());
        return keys.isEmpty() ? "—" : String.join(" ", keys);
    }

    private static String heading(String scope) {
        return switch (scope) {
            case "app" -> "Everywhere";
            case "list" -> "Moving";
            default -> Character.toUpperCase(scope.charAt(0)) + scope.substring(1);
        };
    }

    List<TextPage.Line> lines() {
        return page.lines();
    }

    @Override
    public String scope() {
        return "help";
    }

    @Override
    public String title() {
        return "help";
    }

    @Override
    public void draw(Canvas canvas, Rect area) {
        canvas.field(area.column(), area.row(), "Keys for " + context + " (q or Esc closes; keys are set in "
                + "~/.ferry/keys.yaml)", Role.TITLE, area.width());
        page.draw(canvas, area.belowTop(1));
    }
}
