package dev.ferry.tui;

import java.util.Locale;

/** What a piece of the screen means; a theme gives each role its look. */
enum Role {
    TEXT,
    DIM,
    TITLE,
    HEADER,
    SELECTED,
    BORDER,
    PROTECTED,
    BAR,
    PROMPT,
    WARNING,
    STATUS_IN_SYNC,
    STATUS_PENDING,
    STATUS_MISSING,
    STATUS_UNMANAGED,
    STATUS_IGNORED,
    STATUS_DRIFTED,
    STATUS_CONFLICT,
    STATUS_LOADING,
    STATUS_ERROR,
    DIFF_INSERT,
    DIFF_DELETE,
    DIFF_INSERT_WORD,
    DIFF_DELETE_WORD,
    DIFF_FOLD;

    /** The name in a theme file: {@code status.in-sync}, {@code diff.insert-word}, {@code text}. */
    String key() {
        String name = name().toLowerCase(Locale.ROOT);
        int split = name.indexOf('_');
        if (name.startsWith("status_") || name.startsWith("diff_")) {
            return name.substring(0, split) + "." + name.substring(split + 1).replace('_', '-');
        }
        return name.replace('_', '-');
    }
}
