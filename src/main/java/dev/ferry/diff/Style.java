package dev.ferry.diff;

/**
 * How the terminal printer marks meaning beyond the {@code +}/{@code -} markers: ANSI colours
 * and reverse video for changed words, or nothing at all for a pipe or {@code NO_COLOR}, where
 * a caret line under each changed line takes the place of the highlight.
 */
record Style(boolean color) {
    private static final String RESET = "\u001b[0m";

    /** What a piece of text stands for. */
    enum Tone {
        PLAIN(""), DELETE("31"), INSERT("32"), DIM("2"), HEADER("1");

        private final String code;

        Tone(String code) {
            this.code = code;
        }
    }

    String paint(String text, Tone tone, boolean strong) {
        if (!color || text.isEmpty() || tone == Tone.PLAIN && !strong) {
            return text;
        }
        String code = strong ? (tone.code.isEmpty() ? "7" : "1;7;" + tone.code) : tone.code;
        return "\u001b[" + code + "m" + text + RESET;
    }
}
