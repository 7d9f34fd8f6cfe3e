package dev.ferry.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Locale;
import java.util.Map;

/**
 * The names of keys as the key bindings file writes them: a printable character as itself
 * ({@code q}, {@code ?}, {@code G}), {@code Space}, {@code Enter}, {@code Esc}, {@code Up},
 * {@code PageDown}, {@code F1}, and modifiers as {@code Ctrl+c} or {@code Alt+x}.
 */
final class KeyNames {
    private static final Map<KeyType, String> NAMES = Map.ofEntries(
            Map.entry(KeyType.Enter, "Enter"), Map.entry(KeyType.Escape, "Esc"), Map.entry(KeyType.Tab, "Tab"),
            Map.entry(KeyType.ReverseTab, "Shift+Tab"), Map.entry(KeyType.Backspace, "Backspace"),
            Map.entry(KeyType.Delete, "Delete"), Map.entry(KeyType.Insert, "Insert"),
            Map.entry(KeyType.ArrowUp, "Up"), Map.entry(KeyType.ArrowDown, "Down"),
            Map.entry(KeyType.ArrowLeft, "Left"), Map.entry(KeyType.ArrowRight, "Right"),
            Map.entry(KeyType.Home, "Home"), Map.entry(KeyType.End, "End"),
            Map.entry(KeyType.PageUp, "PageUp"), Map.entry(KeyType.PageDown, "PageDown"),
            Map.entry(KeyType.F1, "F1"), Map.entry(KeyType.F2, "F2"), Map.entry(KeyType.F3, "F3"),
            Map.entry(KeyType.F4, "F4"), Map.entry(KeyType.F5, "F5"), Map.entry(KeyType.F6, "F6"),
            Map.entry(KeyType.F7, "F7"), Map.entry(KeyType.F8, "F8"), Map.entry(KeyType.F9, "F9"),
            Map.entry(KeyType.F10, "F10"), Map.entry(KeyType.F11, "F11"), Map.entry(KeyType.F12, "F12"));

    private KeyNames() {}

    /** The name of a key stroke, or null for one that cannot be bound (mouse, EOF, cursor reports). */
    static String of(KeyStroke key) {
        if (key.getKeyType() == KeyType.Character) {
            char c = key.getCharacter();
            String base = c == ' ' ? "Space" : String.valueOf(c);
            if (key.isCtrlDown()) {
                return "Ctrl+" + base.toLowerCase(Locale.ROOT);
            }
            return key.isAltDown() ? "Alt+" + base : base;
        }
        String name = NAMES.get(key.getKeyType());
        if (name == null) {
            return null;
        }
        String prefix = (key.isCtrlDown() ? "Ctrl+" : "") + (key.isAltDown() ? "Alt+" : "")
                + (key.isShiftDown() && !name.startsWith("Shift+") ? "Shift+" : "");
        return prefix + name;
    }

    /** The written name in its normal spelling, or null when it names no key. */
    static String normalize(String written) {
        if (written == null || written.isEmpty()) {
            return null;
        }
        if (written.length() == 1) {
            return written.equals(" ") ? "Space" : written;
        }
        String[] parts = written.split("\\+", -1);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            String modifier = parts[i].toLowerCase(Locale.ROOT);
            switch (modifier) {
                case "ctrl", "control", "c" -> prefix.append("Ctrl+");
                case "alt", "meta", "m" -> prefix.append("Alt+");
                case "shift", "s" -> prefix.append("Shift+");
                default -> {
                    return null;
                }
            }
        }
        String last = parts[parts.length - 1];
        if (last.isEmpty() && written.endsWith("+")) {
            last = "+";
        }
        if (last.length() == 1) {
            return prefix + (prefix.toString().contains("Ctrl+") ? last.toLowerCase(Locale.ROOT) : last);
        }
        for (String name : NAMES.values()) {
            if (name.equalsIgnoreCase(last)) {
                return prefix + name;
            }
        }
        if (last.equalsIgnoreCase("space")) {
            return prefix + "Space";
        }
        if (last.equalsIgnoreCase("escape")) {
            return prefix + "Esc";
        }
        if (last.equalsIgnoreCase("return")) {
            return prefix + "Enter";
        }
        return null;
    }
}
