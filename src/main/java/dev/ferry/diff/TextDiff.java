package dev.ferry.diff;

import dev.ferry.diff.TextLines.Line;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line diff of two texts (canonical YAML, or a prompt diffed as text): rows of equal,
 * inserted, deleted and changed lines, changed lines marked word by word, unchanged runs folded
 * down to {@code context} lines around each difference. Nothing is normalized: trailing spaces,
 * CR characters, tabs and a missing final newline all count. Lines are numbered first, so that
 * Myers' algorithm ({@link LineEdits}) compares ints.
 */
public final class TextDiff {
    /** Unchanged lines kept around each difference unless the view asks for another number. */
    public static final int DEFAULT_CONTEXT = 3;

    private final List<Line> left;
    private final List<Line> right;
    private final List<Edit> edits;
    private final int context;
    private final List<DiffRow> rows;
    private final List<Hunk> hunks;

    /** One difference: left lines {@code [leftFrom, leftTo)} became right lines {@code [rightFrom, rightTo)}. */
    record Edit(int leftFrom, int leftTo, int rightFrom, int rightTo) {
        int size() {
            return Math.max(leftTo - leftFrom, rightTo - rightFrom);
        }
    }

    private TextDiff(List<Line> left, List<Line> right, List<Edit> edits, int context) {
        if (context < 0) {
            throw new IllegalArgumentException("context must be at least 0, was " + context);
        }
        this.left = left;
        this.right = right;
        this.edits = edits;
        this.context = context;
        HunkBuilder built = new HunkBuilder(left, right, context).build(edits);
        this.rows = built.rows();
        this.hunks = built.hunks();
    }

    /** Diffs two lists of lines, such as canonical YAML; each line counts as ending in a line break. */
    public static TextDiff of(List<String> left, List<String> right) {
        return diff(TextLines.of(left), TextLines.of(right));
    }

    /** Diffs two texts line by line, such as two versions of a prompt; line breaks are part of the comparison. */
    public static TextDiff ofText(String left, String right) {
        return diff(TextLines.split(left), TextLines.split(right));
    }

    private static TextDiff diff(List<Line> left, List<Line> right) {
        // Numbering equal lines alike makes every comparison in Myers' inner loop an int compare.
        Map<Line, Integer> numbers = new HashMap<>();
        List<Integer> a = number(left, numbers);
        List<Integer> b = number(right, numbers);
        return new TextDiff(List.copyOf(left), List.copyOf(right), List.copyOf(LineEdits.between(a, b)),
                DEFAULT_CONTEXT);
    }

    private static List<Integer> number(List<Line> lines, Map<Line, Integer> numbers) {
        List<Integer> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            out.add(numbers.computeIfAbsent(line, key -> numbers.size()));
        }
        return out;
    }

    /** The same diff folded with another number of context lines. */
    public TextDiff withContext(int context) {
        return context == this.context ? this : new TextDiff(left, right, edits, context);
    }

    public int context() {
        return context;
    }

    /** The groups of differences with their context, in order. */
    public List<Hunk> hunks() {
        return hunks;
    }

    /** Every row a view draws, in order: hunk rows with a {@link DiffRow.Kind#FOLD} row for each folded run. */
    public List<DiffRow> rows() {
        return rows;
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** How many rows show a difference: a changed line counts once, as does each inserted or deleted one. */
    public int changedLines() {
        int count = 0;
        for (Edit edit : edits) {
            count += edit.size();
        }
        return count;
    }

    /** The unchanged rows a fold stands for, for a view that opens it. */
    public List<DiffRow> expand(DiffRow fold) {
        if (fold.kind() != DiffRow.Kind.FOLD) {
            throw new IllegalArgumentException("only a FOLD row can be expanded, not " + fold.kind());
        }
        List<DiffRow> out = new ArrayList<>(fold.count() + 1);
        for (int i = 0; i < fold.count(); i++) {
            int l = fold.leftLine() + i;
            out.add(DiffRow.equal(l, fold.rightLine() + i, left.get(l - 1).text()));
        }
        int last = fold.leftLine() + fold.count() - 1;
        if (last == left.size() && !left.get(last - 1).ended()) {
            out.add(DiffRow.noNewline(last, fold.rightLine() + fold.count() - 1));
        }
        return out;
    }
}
