package dev.ferry.diff;

import java.util.List;
import java.util.Locale;

/**
 * One row of a text diff, as every view draws it. Line numbers are 1-based and 0 where the side
 * has no line. {@code left} and {@code right} are the lines without their line break; a changed
 * line break (CRLF against LF) shows as a trailing {@code \r} in the text. A {@link Kind#FOLD}
 * row stands for {@code count} unchanged lines starting at {@code leftLine} and
 * {@code rightLine}; {@link TextDiff#expand} gives them back. A {@link Kind#NO_NEWLINE} row
 * follows the last line of a side that has no final line break, with that side's line number.
 */
public record DiffRow(Kind kind, int leftLine, int rightLine, int count, String left, String right,
        List<Span> leftSpans, List<Span> rightSpans) {

    /** What a row says about its lines. */
    public enum Kind {
        EQUAL, INSERT, DELETE, CHANGE, FOLD, NO_NEWLINE;

        /** The name used in JSON output: {@code equal}, {@code no-newline}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The text a {@link Kind#NO_NEWLINE} row shows on the sides it concerns. */
    public static final String NO_NEWLINE_TEXT = "\\ No newline at end of file";

    public DiffRow {
        leftSpans = List.copyOf(leftSpans);
        rightSpans = List.copyOf(rightSpans);
    }

    static DiffRow equal(int leftLine, int rightLine, String text) {
        return new DiffRow(Kind.EQUAL, leftLine, rightLine, 1, text, text, List.of(), List.of());
    }

    static DiffRow delete(int leftLine, String text) {
        return new DiffRow(Kind.DELETE, leftLine, 0, 1, text, "", List.of(), List.of());
    }

    static DiffRow insert(int rightLine, String text) {
        return new DiffRow(Kind.INSERT, 0, rightLine, 1, "", text, List.of(), List.of());
    }

    static DiffRow change(int leftLine, int rightLine, String left, String right, List<Span> leftSpans,
            List<Span> rightSpans) {
        return new DiffRow(Kind.CHANGE, leftLine, rightLine, 1, left, right, leftSpans, rightSpans);
    }

    static DiffRow fold(int leftLine, int rightLine, int count) {
        return new DiffRow(Kind.FOLD, leftLine, rightLine, count, "", "", List.of(), List.of());
    }

    /** The marker after a last line without line break; a line number of 0 means the side is not concerned. */
    static DiffRow noNewline(int leftLine, int rightLine) {
        return new DiffRow(Kind.NO_NEWLINE, leftLine, rightLine, 1, leftLine > 0 ? NO_NEWLINE_TEXT : "",
                rightLine > 0 ? NO_NEWLINE_TEXT : "", List.of(), List.of());
    }

    public boolean hasLeft() {
        return leftLine > 0;
    }

    public boolean hasRight() {
        return rightLine > 0;
    }

    /** Whether the row shows a difference rather than context. */
    public boolean isDifference() {
        return kind == Kind.INSERT || kind == Kind.DELETE || kind == Kind.CHANGE;
    }
}
