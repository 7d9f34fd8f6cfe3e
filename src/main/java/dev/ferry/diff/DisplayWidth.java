package dev.ferry.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * How many terminal columns text takes, counted per user-perceived character (grapheme
 * cluster): combining marks and format characters take none, East Asian wide and fullwidth
 * characters and emoji take two, an emoji sequence joined by ZWJ or made emoji by VS16 is one
 * two-column cluster, and control characters are shown as escapes ({@code \x1B}) and counted as
 * such. The diff views and the workbench align columns with it; the tables come with Ferry
 * (see {@link WidthTables}), so the answer does not depend on the JDK.
 */
public final class DisplayWidth {
    private static final int ZWJ = 0x200D;
    private static final int VS15 = 0xFE0E;
    private static final int VS16 = 0xFE0F;

    private DisplayWidth() {}

    /** The columns {@code text} takes once its control characters are escaped. */
    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int end = clusterEnd(text, i);
            width += clusterWidth(text, i, end);
            i = end;
        }
        return width;
    }

    /** The grapheme clusters of {@code text}, in order; never splits an emoji sequence or a letter from its marks. */
    public static List<String> clusters(String text) {
        List<String> clusters = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int end = clusterEnd(text, i);
            clusters.add(text.substring(i, end));
            i = end;
        }
        return clusters;
    }

    /** {@code text} with control characters and bidirectional overrides replaced by visible escapes. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String escape = escape(codePoint);
            if (escape == null) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(escape);
            }
        });
        return out.toString();
    }

    /** The longest printable prefix of {@code text} that fits in {@code width} columns, cut between clusters. */
    public static String truncate(String text, int width) {
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int end = clusterEnd(text, i);
            int w = clusterWidth(text, i, end);
            if (used + w > width) {
                break;
            }
            out.append(printable(text.substring(i, end)));
            used += w;
            i = end;
        }
        return out.toString();
    }

    /** Printable {@code text} followed by spaces up to {@code width} columns; longer text is not cut. */
    public static String pad(String text, int width) {
        String printable = printable(text);
        int missing = width - of(printable);
        return missing <= 0 ? printable : printable + " ".repeat(missing);
    }

    /** Printable {@code text} in exactly {@code width} columns: cut with an ellipsis, or padded. */
    public static String fit(String text, int width) {
        if (of(text) <= width) {
            return pad(text, width);
        }
        return width <= 0 ? "" : pad(truncate(text, width - 1) + "…", width);
    }

    /** The index just after the grapheme cluster that starts at {@code start}. */
    static int clusterEnd(String text, int start) {
        int first = text.codePointAt(start);
        int i = start + Character.charCount(first);
        if (Character.getType(first) == Character.CONTROL) {
            return i;
        }
        boolean pictographic = WidthTables.isPictographic(first);
        int regional = isRegional(first) ? 1 : 0;
        int previous = first;
        while (i < text.length()) {
            int next = text.codePointAt(i);
            boolean joins = WidthTables.extendsCluster(next)
                    || previous == ZWJ && pictographic && WidthTables.isPictographic(next)
                    || regional == 1 && isRegional(next)
                    || Hangul.joins(previous, next);
            if (!joins || Character.getType(next) == Character.CONTROL) {
                break;
            }
            if (isRegional(next)) {
                regional++;
            }
            previous = next;
            i += Character.charCount(next);
        }
        return i;
    }

    /** Columns of the cluster {@code text[start, end)}. */
    static int clusterWidth(String text, int start, int end) {
        int base = text.codePointAt(start);
        String escape = escape(base);
        if (escape != null) {
            return escape.length();
        }
        boolean emojiPresentation = false;
        boolean textPresentation = false;
        for (int i = start + Character.charCount(base); i < end; ) {
            int codePoint = text.codePointAt(i);
            emojiPresentation |= codePoint == VS16 || isEmojiModifier(codePoint);
            textPresentation |= codePoint == VS15;
            i += Character.charCount(codePoint);
        }
        if (WidthTables.isZeroWidth(base)) {
            return 0;
        }
        if (textPresentation) {
            return 1;
        }
        return emojiPresentation || isRegional(base) || WidthTables.isWide(base) ? 2 : 1;
    }

    /** The escape shown in place of a character that must not reach a terminal as itself, or null. */
    static String escape(int codePoint) {
        return switch (codePoint) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> {
                if (codePoint < 0x20 || codePoint == 0x7F) {
                    yield String.format("\\x%02X", codePoint);
                }
                // C1 controls and bidi overrides and isolates can move or recolour the rest of the line.
                boolean hidden = codePoint >= 0x80 && codePoint <= 0x9F
                        || codePoint >= 0x202A && codePoint <= 0x202E
                        || codePoint >= 0x2066 && codePoint <= 0x2069;
                yield hidden ? String.format("\\u%04X", codePoint) : null;
            }
        };
    }

    private static boolean isRegional(int codePoint) {
        return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }

    private static boolean isEmojiModifier(int codePoint) {
        return codePoint >= 0x1F3FB && codePoint <= 0x1F3FF;
    }

    /** Conjoining Hangul jamo: a leading consonant, vowel and trailing consonant make one syllable. */
    private static final class Hangul {
        private static final int L = 1;
        private static final int V = 2;
        private static final int T = 3;
        private static final int LV = 4;
        private static final int LVT = 5;

        static boolean joins(int previous, int next) {
            int before = type(previous);
            int after = type(next);
            return switch (before) {
                case L -> after == L || after == V || after == LV || after == LVT;
                case LV, V -> after == V || after == T;
                case LVT, T -> after == T;
                default -> false;
            };
        }

        private static int type(int c) {
            if (c >= 0x1100 && c <= 0x115F || c >= 0xA960 && c <= 0xA97C) {
                return L;
            }
            if (c >= 0x1160 && c <= 0x11A7 || c >= 0xD7B0 && c <= 0xD7C6) {
                return V;
            }
            if (c >= 0x11A8 && c <= 0x11FF || c >= 0xD7CB && c <= 0xD7FB) {
                return T;
            }
            if (c >= 0xAC00 && c <= 0xD7A3) {
                return (c - 0xAC00) % 28 == 0 ? LV : LVT;
            }
            return 0;
        }
    }
}
