package dev.ferry.tui;

import java.util.Locale;

/**
 * Scores how well a typed query matches a text, as command palettes do: every query character
 * must appear in order; consecutive runs and matches at word starts score higher. Case is ignored.
 */
final class FuzzyMatch {
    private FuzzyMatch() {}

    /** The score, or -1 when the query does not match; an empty query matches everything with 0. */
    static int score(String query, String text) {
        String q = query.toLowerCase(Locale.ROOT).replace(" ", "");
        String t = text.toLowerCase(Locale.ROOT);
        int score = 0;
        int at = 0;
        int previous = -2;
        for (int i = 0; i < q.length(); i++) {
            int found = t.indexOf(q.charAt(i), at);
            if (found < 0) {
                return -1;
            }
            score += 1;
            if (found == previous + 1) {
                score += 5;
            }
            if (found == 0 || !Character.isLetterOrDigit(t.charAt(found - 1))) {
                score += 3;
            }
            previous = found;
            at = found + 1;
        }
        return score * 100 - Math.min(99, t.length());
    }
}
