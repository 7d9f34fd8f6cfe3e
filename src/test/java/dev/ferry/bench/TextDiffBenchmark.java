package dev.ferry.bench;

import dev.ferry.diff.TextDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Diffs two 10,000-line prompts that differ by 200 scattered edits (changed words, inserted and
 * deleted lines), as the diff view does: line diff, word spans of changed lines, folding.
 * Prints median, minimum and maximum after warm-up. Target (design section 13): under 50 ms.
 * Arguments: [lines] [edits] [runs].
 */
public final class TextDiffBenchmark {
    private static final String[] WORDS = {"caller", "appointment", "address", "confirm", "politely", "schedule",
        "technician", "estimate", "furnace", "leak", "urgent", "tomorrow", "morning", "Larkspur", "お電話", "café"};

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Random random = new Random(42);
        List<String> left = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            left.add(sentence(random, i));
        }
        String before = String.join("\n", left) + "\n";
        String after = String.join("\n", edit(left, edits, random)) + "\n";

        TextDiff diff = TextDiff.ofText(before, after);
        for (int i = 0; i < 20; i++) {
            diff = TextDiff.ofText(before, after);
        }
        Stopwatch stopwatch = new Stopwatch();
        for (int i = 0; i < runs; i++) {
            stopwatch.time(() -> TextDiff.ofText(before, after));
        }
        System.out.printf(Locale.ROOT, "two %,d-line prompts, %d scattered edits: %d changed lines in %d hunks%n",
                lines, edits, diff.changedLines(), diff.hunks().size());
        System.out.println("TextDiff.ofText after 20 warm-up runs: " + stopwatch.summary());
    }

    private static String sentence(Random random, int index) {
        StringBuilder line = new StringBuilder("Step ").append(index).append(':');
        int words = 6 + random.nextInt(10);
        for (int i = 0; i < words; i++) {
            line.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return line.append('.').toString();
    }

    /** A third of the edits change a word, a third insert a line, a third delete one, spread evenly. */
    private static List<String> edit(List<String> left, int edits, Random random) {
        List<String> right = new ArrayList<>(left);
        int stride = left.size() / edits;
        for (int e = edits - 1; e >= 0; e--) {
            int at = e * stride + random.nextInt(stride);
            switch (e % 3) {
                case 0 -> right.set(at, right.get(at).replaceFirst(" \\S+", " rescheduled"));
                case 1 -> right.add(at, "Also ask whether the caller has pets at home.");
                default -> right.remove(at);
            }
        }
        return right;
    }
}
