package dev.ferry.apply;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One {@code apply} (or {@code rollback --to}) as asked for on the command line.
 *
 * @param only slugs or keys to apply, empty for all
 * @param planFile a saved plan to carry out instead of planning now; null to plan now
 * @param revision render the repo at this Git revision instead of the working tree; null for the tree
 * @param command {@code apply} or {@code rollback}, for the run's id and record
 * @param restoreRun the run whose backup {@code rollback --run} restores; null otherwise
 */
public record ApplyRequest(Path root, String environment, List<String> only, boolean prune, Path planFile,
        boolean approve, String ticket, List<String> approvers, Set<String> confirmations, String revision,
        String command, String restoreRun) {
    public ApplyRequest {
        only = List.copyOf(only);
        approvers = List.copyOf(approvers);
        confirmations = Set.copyOf(confirmations);
    }

    /** An apply of the working tree, or of a saved plan. */
    public static ApplyRequest apply(Path root, String environment, List<String> only, boolean prune, Path planFile,
            boolean approve, String ticket, List<String> approvers, Set<String> confirmations) {
        return new ApplyRequest(root, environment, only, prune, planFile, approve, ticket, approvers, confirmations,
                null, "apply", null);
    }
}
