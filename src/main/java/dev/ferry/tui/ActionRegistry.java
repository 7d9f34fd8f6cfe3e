package dev.ferry.tui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every action of the workbench, in the order they were registered. Screens added later (the
 * export wizard, promotion) register their actions here and give them default keys in
 * {@code keys.yaml}; help and the palette pick them up without further work.
 */
final class ActionRegistry {
    private final Map<String, Action> actions = new LinkedHashMap<>();

    void register(String id, String title, Action.Handler handler) {
        register(new Action(id, title, handler));
    }

    void register(Action action) {
        if (actions.putIfAbsent(action.id(), action) != null) {
            throw new IllegalArgumentException("action " + action.id() + " is registered twice");
        }
    }

    Optional<Action> find(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    List<Action> all() {
        return Collections.unmodifiableList(new ArrayList<>(actions.values()));
    }

    /** The actions that apply while {@code view} is on top: the view's own first, then lists, then the app's. */
    List<Action> applicableTo(View view) {
        List<Action> own = new ArrayList<>();
        List<Action> list = new ArrayList<>();
        List<Action> app = new ArrayList<>();
        for (Action action : actions.values()) {
            if (!action.appliesTo(view)) {
                continue;
            }
            switch (action.scope()) {
                case "app" -> app.add(action);
                case "list" -> list.add(action);
                default -> own.add(action);
            }
        }
        own.addAll(list);
        own.addAll(app);
        return own;
    }
}
