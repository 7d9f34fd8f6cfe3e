package dev.ferry.cli;

import java.util.Map;

/**
 * A command that reads the process environment or the terminal. The factory hands both in, so
 * tests decide them; subclasses read {@link #env} and {@link #terminal}.
 */
abstract class ContextCommand implements Factory.NeedsContext {
    /** The process environment, as the command may read it. */
    protected Map<String, String> env = Map.of();

    /** Whether there is a terminal, and whether colour is allowed on it. */
    protected Terminal terminal = new Terminal(false, false);

    @Override
    public void setContext(Map<String, String> env, Terminal terminal) {
        this.env = env;
        this.terminal = terminal;
    }
}
