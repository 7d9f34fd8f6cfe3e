package dev.ferry.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.ferry.diff.TextDiff.Edit;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the edits between two numbered line lists with Myers' algorithm (java-diff-utils). Lines
 * that occur on one side only can never be matched, so they are set aside before Myers runs and
 * the edits are rebuilt from the matched lines afterwards: the result is the same, but a prompt
 * rewritten from scratch costs a linear pass instead of Myers' worst case (seconds for 10,000
 * lines against 10,000 others).
 */
final class LineEdits {
    private LineEdits() {}

    /** The edits from {@code left} to {@code right}: line numbers, equal for equal lines, never negative. */
    static List<Edit> between(List<Integer> left, List<Integer> right) {
        boolean[] inLeft = present(left);
        boolean[] inRight = present(right);
        List<Integer> leftIndex = new ArrayList<>();
        List<Integer> rightIndex = new ArrayList<>();
        List<Integer> a = shared(left, inRight, leftIndex);
        List<Integer> b = shared(right, inLeft, rightIndex);

        List<Edit> edits = new ArrayList<>();
        int matchedA = 0;
        int matchedB = 0;
        int previousLeft = -1;
        int previousRight = -1;
        List<AbstractDelta<Integer>> deltas = DiffUtils.diff(a, b).getDeltas();
        for (int d = 0; d <= deltas.size(); d++) {
            // Lines between the previous delta and this one are matched pairs.
            int equalUntil = d < deltas.size() ? deltas.get(d).getSource().getPosition() : a.size();
            while (matchedA < equalUntil) {
                int l = leftIndex.get(matchedA++);
                int r = rightIndex.get(matchedB++);
                addGap(edits, previousLeft, previousRight, l, r);
                previousLeft = l;
                previousRight = r;
            }
            if (d < deltas.size()) {
                matchedA += deltas.get(d).getSource().size();
                matchedB += deltas.get(d).getTarget().size();
            }
        }
        addGap(edits, previousLeft, previousRight, left.size(), right.size());
        return edits;
    }

    /** Which line numbers occur; line numbers are small, dense and not negative. */
    private static boolean[] present(List<Integer> lines) {
        int max = -1;
        for (int line : lines) {
            max = Math.max(max, line);
        }
        boolean[] present = new boolean[max + 1];
        for (int line : lines) {
            present[line] = true;
        }
        return present;
    }

    /** The lines of {@code lines} that the other side also has, with their original indexes in {@code index}. */
    private static List<Integer> shared(List<Integer> lines, boolean[] other, List<Integer> index) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = lines.get(i);
            if (line < other.length && other[line]) {
                kept.add(lines.get(i));
                index.add(i);
            }
        }
        return kept;
    }

    /** An edit for the unmatched lines between two consecutive matched pairs, if there are any. */
    private static void addGap(List<Edit> edits, int previousLeft, int previousRight, int left, int right) {
        if (left > previousLeft + 1 || right > previousRight + 1) {
            edits.add(new Edit(previousLeft + 1, left, previousRight + 1, right));
        }
    }
}
