package dev.ferry.workspace;

import dev.ferry.config.Environment;
import java.util.List;

/**
 * Sharpens the statuses of a freshly read column with knowledge the comparison does not have, such
 * as the ledger, which tells drifted and conflict apart from pending.
 */
@FunctionalInterface
public interface StatusRefiner {
    StatusRefiner NONE = (environment, live, states) -> states;

    /** The states to show; called on the loading thread, and must not throw for an ordinary failure. */
    List<ResourceState> refine(Environment environment, LiveSnapshot live, List<ResourceState> states);
}
