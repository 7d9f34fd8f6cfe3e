package dev.ferry.tui;

import com.googlecode.lanterna.TextCharacter;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns one grapheme cluster into the Lanterna cell to draw, such that Lanterna's idea of its
 * width (one or two columns) agrees with {@link dev.ferry.diff.DisplayWidth}, which is what
 * terminals do (pitfall C06). Lanterna takes ✅ for one column and {@code e} + U+0301 for two;
 * left alone, either shifts the rest of the row. A two-column pictograph gets VS16 (emoji
 * presentation, which Lanterna counts as two); a one-column cluster Lanterna counts as two is
 * drawn precomposed, or as its base character. Cells are cached per cluster and style.
 */
final class Glyphs {
    private static final int CACHE_LIMIT = 20_000;

    private final Map<Key, TextCharacter> cache = new HashMap<>();

    private record Key(String cluster, Style style) {}

    /** The cell for {@code cluster} of {@code width} columns (1 or 2) in {@code style}. */
    TextCharacter cell(String cluster, int width, Style style) {
        Key key = new Key(cluster, style);
        TextCharacter cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        TextCharacter made = make(cluster, width, style);
        cache.put(key, made);
        return made;
    }

    private static TextCharacter make(String cluster, int width, Style style) {
        TextCharacter plain = create(cluster, style);
        if (plain != null && plain.isDoubleWidth() == (width == 2)) {
            return plain;
        }
        int base = cluster.codePointAt(0);
        String baseText = new String(Character.toChars(base));
        if (width == 2) {
            TextCharacter emoji = create(baseText + "\uFE0F", style);
            if (emoji != null && emoji.isDoubleWidth()) {
                return emoji;
            }
            return create("\uFF1F", style);
        }
        String composed = Normalizer.normalize(cluster, Normalizer.Form.NFC);
        TextCharacter precomposed = create(composed, style);
        if (precomposed != null && !precomposed.isDoubleWidth()) {
            return precomposed;
        }
        TextCharacter bare = create(baseText, style);
        return bare != null && !bare.isDoubleWidth() ? bare : create("?", style);
    }

    /** A cell for {@code text}, or null when Lanterna (whose grapheme rules follow the JDK) refuses it. */
    private static TextCharacter create(String text, Style style) {
        try {
            TextCharacter[] cells = TextCharacter.fromString(text, style.foreground(), style.background(), style.sgr());
            return cells.length == 1 ? cells[0] : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
