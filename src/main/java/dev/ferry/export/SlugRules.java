package dev.ferry.export;

import java.util.Optional;

/** The slug rule of design section 1, for front-ends that let the user choose a slug before export. */
public final class SlugRules {
    private SlugRules() {}

    /** Why {@code slug} cannot be a slug, or empty when it can. */
    public static Optional<String> problem(String slug) {
        if (Slugs.VALID.matcher(slug).matches()) {
            return Optional.empty();
        }
        return Optional.of("slug '" + slug + "' must be 1-" + Slugs.MAX + " lower-case letters, digits and dashes, "
                + "starting with a letter or digit");
    }
}
