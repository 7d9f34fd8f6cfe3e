package dev.ferry.ledger;

/**
 * The last golden-path test verdict of an environment, as {@code ferry test} records it in the ledger: the
 * revision the environment held when the transcripts ran (its last applied sha), whether every transcript
 * ran (no SLUG filter), how many passed and failed, and when.
 *
 * @param sha the environment's last applied sha at the time, or null when Ferry never applied it in full
 */
public record TestVerdict(String sha, boolean dirty, boolean complete, int passed, int failed, String at) {
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";

    public boolean isPassed() {
        return failed == 0 && passed > 0;
    }

    public String verdict() {
        return isPassed() ? PASSED : FAILED;
    }
}
