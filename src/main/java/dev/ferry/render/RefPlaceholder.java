package dev.ferry.render;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for the id of an object that the target org does not have yet:
 * {@code @ref:tool/end-call}. Apply swaps each one for the id the org assigns; canonical form
 * turns it, like a known id, into the key of the object it names.
 */
public record RefPlaceholder(Target target, String key) {
    private static final Pattern FORM = Pattern.compile("@ref:([a-z-]+)/(.+)");

    public String text() {
        return "@ref:" + target.spelling() + "/" + key;
    }

    public static Optional<RefPlaceholder> parse(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RefPlaceholder(Target.parse(matcher.group(1)), matcher.group(2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
