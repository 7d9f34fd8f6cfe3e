package dev.ferry.transcript;

import java.util.List;

/**
 * How one turn went: passed, failed (expectations not met, each problem said), error (the chat API did not
 * answer usably) or skipped (an earlier turn's error left no conversation to continue).
 *
 * @param reply the assistant's text, empty when there was none
 */
public record TurnResult(int number, String user, Outcome outcome, List<String> problems, String reply) {
    public TurnResult {
        problems = List.copyOf(problems);
    }

    /** How a turn ended. */
    public enum Outcome {
        PASSED,
        FAILED,
        ERROR,
        SKIPPED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
