package dev.ferry.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks the changed words inside a changed line: both sides are cut into tokens (words, runs of
 * spaces, single other characters, never inside a grapheme cluster) and the token lists are
 * diffed. Very long lines and lines with little in common are marked whole instead, which keeps
 * the cost linear and the highlight honest.
 */
final class WordDiff {
    /** Lines longer than this (per side, in UTF-16 units) are marked whole rather than word by word. */
    static final int MAX_LINE_LENGTH = 2_000;

    /** The changed spans of each side. */
    record Spans(List<Span> left, List<Span> right) {}

    private WordDiff() {}

    static Spans between(String left, String right) {
        if (left.equals(right)) {
            return new Spans(List.of(), List.of());
        }
        if (left.length() > MAX_LINE_LENGTH || right.length() > MAX_LINE_LENGTH) {
            return whole(left, right);
        }
        List<Token> a = Token.split(left);
        List<Token> b = Token.split(right);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).text().equals(b.get(prefix).text())) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).text().equals(b.get(b.size() - 1 - suffix).text())) {
            suffix++;
        }
        List<Token> middleA = a.subList(prefix, a.size() - suffix);
        List<Token> middleB = b.subList(prefix, b.size() - suffix);
        List<Span> leftSpans = new ArrayList<>();
        List<Span> rightSpans = new ArrayList<>();
        int changedA = 0;
        int changedB = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(texts(middleA), texts(middleB)).getDeltas()) {
            changedA += add(leftSpans, middleA, delta.getSource().getPosition(), delta.getSource().size());
            changedB += add(rightSpans, middleB, delta.getTarget().getPosition(), delta.getTarget().size());
        }
        if (littleInCommon(left, right, changedA, changedB)) {
            return whole(left, right);
        }
        return new Spans(leftSpans, rightSpans);
    }

    /** Both sides marked from first to last character. */
    static Spans whole(String left, String right) {
        return new Spans(left.isEmpty() ? List.of() : List.of(new Span(0, left.length())),
                right.isEmpty() ? List.of() : List.of(new Span(0, right.length())));
    }

    /** Adds the span of {@code count} tokens from {@code from}, joined to an adjacent last span; returns its length. */
    private static int add(List<Span> spans, List<Token> tokens, int from, int count) {
        if (count == 0) {
            return 0;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(from + count - 1).end();
        if (!spans.isEmpty() && spans.get(spans.size() - 1).end() == start) {
            start = spans.remove(spans.size() - 1).start();
        }
        spans.add(new Span(start, end));
        return end - tokens.get(from).start();
    }

    /** Word marks on two lines that share under a quarter of their text are noise: mark them whole. */
    private static boolean littleInCommon(String left, String right, int changedLeft, int changedRight) {
        int common = Math.min(left.length() - changedLeft, right.length() - changedRight);
        return common * 4 < Math.max(left.length(), right.length());
    }

    private static List<String> texts(List<Token> tokens) {
        List<String> texts = new ArrayList<>(tokens.size());
        tokens.forEach(token -> texts.add(token.text()));
        return texts;
    }
}
