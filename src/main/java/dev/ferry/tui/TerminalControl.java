package dev.ferry.tui;

/**
 * Hands the terminal to another program and takes it back (pitfall C09): {@link #suspend} leaves
 * the alternate screen, shows the cursor and restores echo and line mode; {@link #resume} undoes
 * it. The real terminal does this with {@code stty}; tests use a virtual terminal.
 */
interface TerminalControl {
    void suspend();

    void resume();

    /** For a virtual terminal: nothing to hand over. */
    TerminalControl NONE = new TerminalControl() {
        @Override
        public void suspend() {}

        @Override
        public void resume() {}
    };
}
