package dev.ferry.diff;

/**
 * A changed stretch inside one side of a changed line: the UTF-16 offsets {@code [start, end)}
 * into that side's text. Word-level highlights are drawn from these.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must have 0 <= start <= end, was [" + start + ", " + end + ")");
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
