package dev.ferry.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Text cut into lines for the line diff. Only LF ends a line, so a CR before it stays in the
 * line's text and CRLF against LF is a difference. Whether a line ends with a line break is part
 * of the line, so a missing final newline is a difference too.
 */
final class TextLines {
    /** One line without its LF, and whether an LF followed it. */
    record Line(String text, boolean ended) {}

    private TextLines() {}

    /** Lines given one by one: each counts as ended, whatever characters it holds. */
    static List<Line> of(List<String> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(new Line(line, true));
        }
        return out;
    }

    /** Splits text at each LF; a last line without LF is not ended, and an empty text has no lines. */
    static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                out.add(new Line(text.substring(start), false));
                break;
            }
            out.add(new Line(text.substring(start, newline), true));
            start = newline + 1;
        }
        return out;
    }
}
