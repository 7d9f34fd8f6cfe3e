package dev.ferry.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.diff.TextDiff.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineEditsTest {
    @Test
    void editsTurnLeftIntoRightAndKeepALongestCommonSubsequence() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Integer> left = randomLines(random);
            List<Integer> right = randomLines(random);

            List<Edit> edits = LineEdits.between(left, right);

            assertThat(apply(left, right, edits)).as("round %d", round).isEqualTo(right);
            int unchanged = left.size() - edits.stream().mapToInt(edit -> edit.leftTo() - edit.leftFrom()).sum();
            assertThat(unchanged).as("round %d", round).isEqualTo(longestCommonSubsequence(left, right));
        }
    }

    @Test
    void sidesWithNoLineInCommonAreOneEdit() {
        List<Edit> edits = LineEdits.between(List.of(1, 2, 3), List.of(4, 5));

        assertThat(edits).containsExactly(new Edit(0, 3, 0, 2));
    }

    @Test
    void equalSidesHaveNoEdits() {
        assertThat(LineEdits.between(List.of(1, 2, 1), List.of(1, 2, 1))).isEmpty();
        assertThat(LineEdits.between(List.of(), List.of())).isEmpty();
    }

    /** Lines drawn from a small alphabet, with some unique to their side, so both paths of the matcher run. */
    private static List<Integer> randomLines(Random random) {
        List<Integer> lines = new ArrayList<>();
        int size = random.nextInt(40);
        for (int i = 0; i < size; i++) {
            lines.add(random.nextInt(4) == 0 ? 10 + random.nextInt(1000) : random.nextInt(6));
        }
        return lines;
    }

    private static List<Integer> apply(List<Integer> left, List<Integer> right, List<Edit> edits) {
        List<Integer> out = new ArrayList<>();
        int at = 0;
        for (Edit edit : edits) {
            out.addAll(left.subList(at, edit.leftFrom()));
            out.addAll(right.subList(edit.rightFrom(), edit.rightTo()));
            at = edit.leftTo();
        }
        out.addAll(left.subList(at, left.size()));
        return out;
    }

    private static int longestCommonSubsequence(List<Integer> a, List<Integer> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }
}
