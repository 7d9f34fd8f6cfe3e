package dev.ferry.tui;

import dev.ferry.workspace.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code /} filter of the matrix. Every word must match: {@code kind:tool},
 * {@code status:pending} (or a glyph such as {@code ~}), {@code label:team=voice} or
 * {@code label:team}, and plain words, which match the name, kind, status or a label. Case is
 * ignored.
 */
record RowFilter(String text, List<String> terms) {
    static final RowFilter NONE = new RowFilter("", List.of());

    static RowFilter parse(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty()) {
                terms.add(word);
            }
        }
        return new RowFilter(text, List.copyOf(terms));
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether a row with these facts passes; {@code statuses} are its cells' statuses in every column. */
    boolean matches(MatrixModel.Row row, List<Status> statuses, Map<String, String> labels) {
        for (String term : terms) {
            if (!matchesTerm(term, row, statuses, labels)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesTerm(String term, MatrixModel.Row row, List<Status> statuses,
            Map<String, String> labels) {
        if (term.startsWith("kind:")) {
            return kindMatches(term.substring(5), row);
        }
        if (term.startsWith("status:")) {
            return statusMatches(term.substring(7), statuses);
        }
        if (term.startsWith("label:")) {
            return labelMatches(term.substring(6), labels);
        }
        return row.key().key().toLowerCase(Locale.ROOT).contains(term)
                || row.slug() != null && row.slug().toLowerCase(Locale.ROOT).contains(term)
                || kindMatches(term, row) || statusMatches(term, statuses) || labelMatches(term, labels);
    }

    private static boolean kindMatches(String term, MatrixModel.Row row) {
        String kind = row.kind().spelling().toLowerCase(Locale.ROOT);
        return kind.contains(term) || row.key().target().spelling().contains(term);
    }

    private static boolean statusMatches(String term, List<Status> statuses) {
        for (Status status : statuses) {
            if (status == null) {
                continue;
            }
            String label = status.label().replace(' ', '-');
            if (status.glyph().equals(term) || label.startsWith(term.replace(' ', '-'))
                    || status.name().toLowerCase(Locale.ROOT).replace('_', '-').startsWith(term)) {
                return true;
            }
        }
        return false;
    }

    private static boolean labelMatches(String term, Map<String, String> labels) {
        int equals = term.indexOf('=');
        for (var label : labels.entrySet()) {
            String key = label.getKey().toLowerCase(Locale.ROOT);
            String value = String.valueOf(label.getValue()).toLowerCase(Locale.ROOT);
            if (equals < 0 ? key.contains(term) || value.contains(term)
                    : key.equals(term.substring(0, equals)) && value.contains(term.substring(equals + 1))) {
                return true;
            }
        }
        return false;
    }
}
