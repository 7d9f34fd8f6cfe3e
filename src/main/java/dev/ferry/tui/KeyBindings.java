package dev.ferry.tui;

import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Which keys run which action: the defaults shipped as {@code dev/ferry/tui/keys.yaml}, with the
 * user's {@code ~/.ferry/keys.yaml} laid over (an action listed there gets exactly the keys
 * listed; an empty list unbinds it). Each line is {@code action.id: [key, key]}.
 */
final class KeyBindings {
    static final String DEFAULTS = "/dev/ferry/tui/keys.yaml";


    private final Map<String, List<String>> keysByAction;
    private final Set<String> userActions;

    private KeyBindings(Map<String, List<String>> keysByAction, Set<String> userActions) {
        this.keysByAction = keysByAction;
        this.userActions = Set.copyOf(userActions);
    }

    /** The shipped defaults with {@code userFile} (which may be absent) laid over; problems go to {@code warn}. */
    static KeyBindings load(Path userFile, Consumer<String> warn) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        try (InputStream in = KeyBindings.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the jar");
            }
            read(YamlReader.read(in.readAllBytes(), DEFAULTS).root(), keys, "default key bindings", warn);
        } catch (IOException | YamlException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS, e);
        }
        Map<String, List<String>> defaults = Map.copyOf(keys);
        if (userFile != null && Files.isRegularFile(userFile)) {
            try {
                read(YamlReader.read(Files.readAllBytes(userFile), userFile.toString()).root(), keys,
                        userFile.toString(), warn);
            } catch (IOException | YamlException e) {
                warn.accept(userFile + ": not read, defaults kept: " + e.getMessage());
            }
        }
        Set<String> user = new HashSet<>();
        keys.forEach((id, names) -> {
            if (!names.equals(defaults.get(id))) {
                user.add(id);
            }
        });
        return new KeyBindings(keys, user);
    }

    private static void read(JsonNode root, Map<String, List<String>> keys, String source, Consumer<String> warn) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        if (!root.isObject()) {
            warn.accept(source + ": expected action: [keys] lines");
            return;
        }
        for (var entry : root.properties()) {
            List<String> names = new ArrayList<>();
            JsonNode value = entry.getValue();
            List<JsonNode> items = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(items::add);
            } else if (!value.isNull()) {
                items.add(value);
            }
            for (JsonNode item : items) {
                String name = KeyNames.normalize(item.asString());
                if (name == null) {
                    warn.accept(source + ": " + entry.getKey() + ": unknown key '" + item.asString() + "'");
                } else {
                    names.add(name);
                }
            }
            keys.put(entry.getKey(), List.copyOf(names));
        }
    }

    /** The keys of an action, in the order written; empty when unbound. */
    List<String> keysOf(String actionId) {
        return keysByAction.getOrDefault(actionId, List.of());
    }

    /**
     * The action a key runs in {@code view}: a key the user bound in their own file first, so that a
     * later default cannot take it from them; then the view's own actions, list moves, the app's.
     */
    Optional<Action> resolve(String key, View view, ActionRegistry registry) {
        List<Action> applicable = registry.applicableTo(view);
        for (Action action : applicable) {
            if (userActions.contains(action.id()) && keysOf(action.id()).contains(key)) {
                return Optional.of(action);
            }
        }
        for (Action action : applicable) {
            if (keysOf(action.id()).contains(key)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** Action ids named in the bindings that no registered action has (a typo in the user's file). */
    List<String> unknown(ActionRegistry registry) {
        return keysByAction.keySet().stream().filter(id -> registry.find(id).isEmpty()).toList();
    }
}
