package dev.ferry.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A named set of looks, one per {@link Role}, read from a small YAML file
 * ({@code themes/dark.yaml}). A role the file leaves out looks like {@code text}. Colours are ANSI
 * names ({@code green}, {@code bright-black}), {@code #rrggbb}, or a 256-colour index.
 */
record Theme(String name, Map<Role, Style> styles) {
    Theme {
        styles = Map.copyOf(styles);
    }

    Style style(Role role) {
        Style style = styles.get(role);
        return style != null ? style : styles.getOrDefault(Role.TEXT, Style.PLAIN);
    }

    /** Reads a theme document: {@code name: dark} and {@code roles: {status.pending: {fg: yellow, bold: true}}}. */
    static Theme parse(JsonNode document, String fallbackName) {
        String name = document.path("name").asString(fallbackName);
        Map<Role, Style> styles = new EnumMap<>(Role.class);
        JsonNode roles = document.path("roles");
        for (Role role : Role.values()) {
            JsonNode node = roles.get(role.key());
            if (node != null && node.isObject()) {
                styles.put(role, style(node, name + ": " + role.key()));
            }
        }
        return new Theme(name, styles);
    }

    /** The same theme with every colour taken out, for {@code NO_COLOR}: attributes still mark meaning. */
    Theme withoutColour() {
        Map<Role, Style> plain = new EnumMap<>(Role.class);
        styles.forEach((role, style) -> plain.put(role,
                new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, style.attributes())));
        return new Theme(name, plain);
    }

    private static Style style(JsonNode node, String where) {
        EnumSet<SGR> attributes = EnumSet.noneOf(SGR.class);
        if (node.path("bold").asBoolean(false)) {
            attributes.add(SGR.BOLD);
        }
        if (node.path("reverse").asBoolean(false)) {
            attributes.add(SGR.REVERSE);
        }
        if (node.path("underline").asBoolean(false)) {
            attributes.add(SGR.UNDERLINE);
        }
        if (node.path("italic").asBoolean(false)) {
            attributes.add(SGR.ITALIC);
        }
        return new Style(colour(node.get("fg"), where), colour(node.get("bg"), where), attributes);
    }

    static TextColor colour(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return TextColor.ANSI.DEFAULT;
        }
        if (node.isNumber()) {
            return new TextColor.Indexed(node.asInt());
        }
        String text = node.asString().trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("#") && text.length() == 7) {
            return new TextColor.RGB(Integer.parseInt(text.substring(1, 3), 16),
                    Integer.parseInt(text.substring(3, 5), 16), Integer.parseInt(text.substring(5, 7), 16));
        }
        String ansi = text.replace("bright-", "") .replace('-', '_').toUpperCase(Locale.ROOT)
                + (text.startsWith("bright-") ? "_BRIGHT" : "");
        try {
            return TextColor.ANSI.valueOf(ansi);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown colour '" + text
                    + "' (use an ANSI name such as green or bright-black, #rrggbb, or 0-255)");
        }
    }
}
