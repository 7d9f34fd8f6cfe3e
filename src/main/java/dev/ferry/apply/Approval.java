package dev.ferry.apply;

/**
 * How apply asks a person to approve a plan when {@code --approve} was not given. The command line asks
 * on the terminal; without one nobody can answer, and apply refuses.
 */
public interface Approval {
    /** Nobody to ask: CI, a pipe, a test. */
    Approval NONE = new Approval() {
        @Override
        public boolean canAsk() {
            return false;
        }

        @Override
        public boolean ask(String question) {
            return false;
        }
    };

    boolean canAsk();

    /** Blocks until the person answers; true only for an explicit yes. */
    boolean ask(String question);
}
