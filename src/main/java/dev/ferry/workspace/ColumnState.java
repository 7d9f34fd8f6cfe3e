package dev.ferry.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one environment column knows right now: loading, ready with a state per resource, or
 * failed with a reason. {@code stale} marks a column drawn from the cache before fresh data came.
 */
public record ColumnState(String environment, Phase phase, List<ResourceState> states, Optional<String> error,
        Optional<Instant> readAt, boolean stale) {
    /** Where the column's data stands. */
    public enum Phase {
        LOADING,
        READY,
        FAILED
    }

    public ColumnState {
        states = List.copyOf(states);
    }

    public static ColumnState loading(String environment) {
        return new ColumnState(environment, Phase.LOADING, List.of(), Optional.empty(), Optional.empty(), false);
    }

    public static ColumnState failed(String environment, String reason) {
        return new ColumnState(environment, Phase.FAILED, List.of(), Optional.of(reason), Optional.empty(), false);
    }

    public static ColumnState ready(String environment, List<ResourceState> states, Instant readAt, boolean stale) {
        return new ColumnState(environment, Phase.READY, states, Optional.empty(), Optional.of(readAt), stale);
    }

    public Optional<ResourceState> state(ResourceKey key) {
        return states.stream().filter(s -> s.target() == key.target() && s.key().equals(key.key())).findFirst();
    }
}
