package dev.ferry.tui;

import dev.ferry.config.Environment;
import dev.ferry.workspace.ColumnState;
import dev.ferry.workspace.ResourceKey;
import dev.ferry.workspace.ResourceState;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One column of the matrix as the UI shows it: Git or an environment, with its header facts
 * (org, access, protected) and its latest {@link ColumnState}, indexed by resource. UI thread only.
 */
final class MatrixColumn {
    static final String GIT = "git";

    private final String name;
    private Environment environment;
    private ColumnState state;
    private Map<ResourceKey, ResourceState> byKey = Map.of();
    private Instant loadingSince;

    MatrixColumn(String name, Environment environment) {
        this.name = name;
        this.environment = environment;
        this.state = ColumnState.loading(name);
    }

    String name() {
        return name;
    }

    boolean isGit() {
        return GIT.equals(name);
    }

    /** The environment behind the column; empty for Git and for a column known only from the cache. */
    Optional<Environment> environment() {
        return Optional.ofNullable(environment);
    }

    void environment(Environment newEnvironment) {
        this.environment = newEnvironment;
    }

    boolean isProtected() {
        return environment != null && environment.isProtected();
    }

    ColumnState state() {
        return state;
    }

    /**
     * Takes a new state. A column that starts loading keeps the states it had (from the cache or the
     * last load), so its cells stay readable and marked stale until the fresh ones arrive.
     */
    void update(ColumnState next, Instant now) {
        if (next.phase() == ColumnState.Phase.LOADING) {
            loadingSince = now;
            if (state.phase() != ColumnState.Phase.FAILED && !state.states().isEmpty()) {
                state = new ColumnState(name, ColumnState.Phase.LOADING, state.states(), Optional.empty(),
                        state.readAt(), state.stale());
                return;
            }
            state = next;
            byKey = Map.of();
            return;
        }
        state = next;
        Map<ResourceKey, ResourceState> index = new HashMap<>(next.states().size() * 2);
        for (ResourceState resource : next.states()) {
            index.put(new ResourceKey(resource.target(), resource.key()), resource);
        }
        byKey = index;
    }

    Optional<ResourceState> resource(ResourceKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    Map<ResourceKey, ResourceState> resources() {
        return byKey;
    }

    Instant loadingSince() {
        return loadingSince;
    }
}
