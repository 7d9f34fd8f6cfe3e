package dev.ferry.ledger;

/**
 * The Git revision an environment last received in full: its sha, whether the working tree held
 * uncommitted changes (then the sha does not describe what was applied), and the run that did it.
 */
public record AppliedRevision(String sha, boolean dirty, String run, String at) {
    /** Whether this is exactly the committed revision {@code sha}, with nothing uncommitted on top. */
    public boolean isExactly(String otherSha) {
        return !dirty && sha != null && sha.equals(otherSha);
    }
}
