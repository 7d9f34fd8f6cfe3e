package dev.ferry.export;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out slugs within one kind: lower-case letters, digits and dashes, at most 40, unique.
 * A slug comes from the live name ({@code Larkspur Front Desk} gives {@code larkspur-front-desk},
 * {@code book_appointment} gives {@code book-appointment}, accents are dropped); a name with no
 * usable letter falls back to the kind and the start of the id. Clashes get {@code -2},
 * {@code -3}: callers ask in a fixed order, so the same input always gives the same slugs.
 */
public final class Slugs {
    static final int MAX = 40;
    static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

    private final Set<String> taken = new HashSet<>();

    /** Claims a slug given beforehand (a known slug); false when it is invalid or already taken. */
    boolean claim(String slug) {
        return VALID.matcher(slug).matches() && taken.add(slug);
    }

    boolean isTaken(String slug) {
        return taken.contains(slug);
    }

    /** A fresh slug for a live name, or for {@code fallback-<id>} when the name gives none. */
    String next(String name, String fallback, String id) {
        String base = of(name);
        if (base.isEmpty()) {
            base = truncate(fallback + "-" + of(id).replace("-", ""), 8 + fallback.length() + 1);
        }
        String slug = base;
        for (int n = 2; !claim(slug); n++) {
            String suffix = "-" + n;
            slug = truncate(base, MAX - suffix.length()) + suffix;
        }
        return slug;
    }

    /** The slug a name gives on its own, without claiming it: possibly empty. */
    public static String of(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String words = CAMEL.matcher(ascii).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
        String slug = NON_SLUG.matcher(words).replaceAll("-");
        return truncate(trimDashes(slug), MAX);
    }

    private static String truncate(String slug, int length) {
        return slug.length() <= length ? slug : trimDashes(slug.substring(0, length));
    }

    private static String trimDashes(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
