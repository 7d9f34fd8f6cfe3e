package dev.ferry.diff;

import dev.ferry.diff.TextDiff.Edit;
import dev.ferry.diff.TextLines.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the edits of a line diff into rows and hunks: each edit's lines paired into changed rows
 * (the surplus deleted or inserted), unchanged runs cut down to the context around each edit and
 * the rest folded. Only the rows shown are built, so a long text with few edits stays cheap.
 */
final class HunkBuilder {
    private final List<Line> left;
    private final List<Line> right;
    private final int context;
    private final List<DiffRow> rows = new ArrayList<>();
    private final List<Hunk> hunks = new ArrayList<>();
    private final List<DiffRow> current = new ArrayList<>();
    private int leftPos;
    private int rightPos;
    private int hunkLeftFrom;
    private int hunkRightFrom;

    HunkBuilder(List<Line> left, List<Line> right, int context) {
        this.left = left;
        this.right = right;
        this.context = context;
    }

    List<DiffRow> rows() {
        return List.copyOf(rows);
    }

    List<Hunk> hunks() {
        return List.copyOf(hunks);
    }

    HunkBuilder build(List<Edit> edits) {
        for (int i = 0; i < edits.size(); i++) {
            Edit edit = edits.get(i);
            unchanged(edit.leftFrom() - leftPos, i == 0, false);
            changed(edit);
        }
        unchanged(left.size() - leftPos, edits.isEmpty(), true);
        closeHunk();
        return this;
    }

    /** An unchanged run of {@code length} lines: context after the previous edit, a fold, context before the next. */
    private void unchanged(int length, boolean first, boolean last) {
        int head = first ? 0 : Math.min(context, length);
        int tail = last ? 0 : Math.min(context, length - head);
        int hidden = length - head - tail;
        if (hidden == 1 && !(first && last)) {
            // A fold of one line takes as much room as the line itself.
            if (first) {
                tail++;
            } else {
                head++;
            }
            hidden = 0;
        }
        for (int i = 0; i < head; i++) {
            equal();
        }
        if (hidden > 0) {
            closeHunk();
            rows.add(DiffRow.fold(leftPos + 1, rightPos + 1, hidden));
            leftPos += hidden;
            rightPos += hidden;
        }
        for (int i = 0; i < tail; i++) {
            equal();
        }
    }

    private void equal() {
        emit(DiffRow.equal(leftPos + 1, rightPos + 1, left.get(leftPos).text()), leftPos, rightPos);
        leftPos++;
        rightPos++;
    }

    private void changed(Edit edit) {
        int leftCount = edit.leftTo() - edit.leftFrom();
        int rightCount = edit.rightTo() - edit.rightFrom();
        int pairs = Math.min(leftCount, rightCount);
        for (int i = 0; i < pairs; i++) {
            String a = left.get(leftPos).text();
            String b = right.get(rightPos).text();
            WordDiff.Spans spans = WordDiff.between(a, b);
            emit(DiffRow.change(leftPos + 1, rightPos + 1, a, b, spans.left(), spans.right()), leftPos, rightPos);
            leftPos++;
            rightPos++;
        }
        for (int i = pairs; i < leftCount; i++) {
            emit(DiffRow.delete(leftPos + 1, left.get(leftPos).text()), leftPos, -1);
            leftPos++;
        }
        for (int i = pairs; i < rightCount; i++) {
            emit(DiffRow.insert(rightPos + 1, right.get(rightPos).text()), -1, rightPos);
            rightPos++;
        }
    }

    /** Adds a row, then the no-newline marker if the row shows the unended last line of a side. */
    private void emit(DiffRow row, int leftIndex, int rightIndex) {
        if (current.isEmpty()) {
            hunkLeftFrom = leftPos;
            hunkRightFrom = rightPos;
        }
        current.add(row);
        boolean leftUnended = leftIndex >= 0 && leftIndex == left.size() - 1 && !left.get(leftIndex).ended();
        boolean rightUnended = rightIndex >= 0 && rightIndex == right.size() - 1 && !right.get(rightIndex).ended();
        if (leftUnended || rightUnended) {
            current.add(DiffRow.noNewline(leftUnended ? leftIndex + 1 : 0, rightUnended ? rightIndex + 1 : 0));
        }
    }

    private void closeHunk() {
        if (current.isEmpty()) {
            return;
        }
        int leftCount = 0;
        int rightCount = 0;
        for (DiffRow row : current) {
            if (row.kind() != DiffRow.Kind.NO_NEWLINE) {
                leftCount += row.hasLeft() ? 1 : 0;
                rightCount += row.hasRight() ? 1 : 0;
            }
        }
        // As in a unified diff, a side with no lines in the hunk names the line the hunk comes after.
        hunks.add(new Hunk(leftCount > 0 ? hunkLeftFrom + 1 : hunkLeftFrom, leftCount,
                rightCount > 0 ? hunkRightFrom + 1 : hunkRightFrom, rightCount, current));
        rows.addAll(current);
        current.clear();
    }
}
