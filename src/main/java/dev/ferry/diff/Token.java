package dev.ferry.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit of the word diff: a run of letters and digits (with their marks), a run of blanks, or
 * one other grapheme cluster. Ideographs and kana stand alone, since Japanese and Chinese put no
 * spaces between words.
 */
record Token(String text, int start, int end) {
    private static final int WORD = 1;
    private static final int BLANK = 2;
    private static final int SINGLE = 3;

    static List<Token> split(String line) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        int kind = 0;
        for (int i = 0; i < line.length(); ) {
            int end = DisplayWidth.clusterEnd(line, i);
            int next = kindOf(line.codePointAt(i));
            if (i > start && (next != kind || next == SINGLE)) {
                tokens.add(new Token(line.substring(start, i), start, i));
                start = i;
            }
            kind = next;
            i = end;
        }
        if (start < line.length()) {
            tokens.add(new Token(line.substring(start), start, line.length()));
        }
        return tokens;
    }

    private static int kindOf(int codePoint) {
        if (codePoint == ' ' || codePoint == '\t' || codePoint == 0xA0) {
            return BLANK;
        }
        if (Character.isIdeographic(codePoint)) {
            return SINGLE;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
            return SINGLE;
        }
        return Character.isLetterOrDigit(codePoint) || codePoint == '_' ? WORD : SINGLE;
    }
}
