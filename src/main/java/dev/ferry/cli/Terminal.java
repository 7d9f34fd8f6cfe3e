package dev.ferry.cli;

import java.util.Map;

/** What the process knows about its terminal: whether it may colour the output. */
record Terminal(boolean interactive, boolean colorAllowed) {
    static Terminal detect(Map<String, String> env) {
        boolean interactive = System.console() != null;
        boolean noColor = env.containsKey("NO_COLOR") || "dumb".equals(env.get("TERM"));
        return new Terminal(interactive, interactive && !noColor);
    }

    boolean color(GlobalOptions global) {
        return colorAllowed && !global.noColor;
    }
}
