package dev.ferry.workspace;

import dev.ferry.canonical.CanonicalResource;
import dev.ferry.canonical.Canonicalizer;
import dev.ferry.canonical.IdResolver;
import dev.ferry.canonical.SecretMasker;
import dev.ferry.config.Environment;
import dev.ferry.render.RenderedResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The diff use case behind {@code ferry diff} and the workbench's diff view: the canonical form of
 * every resource in two columns, paired by key. Git columns are rendered for an environment: the
 * live column's when there is one, otherwise the one the caller names.
 */
public final class ColumnDiff {
    private final Path root;
    private final Connections connections;

    public ColumnDiff(Path root, Connections connections) {
        this.root = root;
        this.connections = connections;
    }

    /** A resource in both columns, or in one; {@code document} names the file's kind and slug when known. */
    public record Pair(ResourceKey key, String document, Optional<CanonicalResource> left,
            Optional<CanonicalResource> right) {
        public boolean differs() {
            return !left.map(CanonicalResource::tree).equals(right.map(CanonicalResource::tree));
        }
    }

    private record Side(Map<ResourceKey, CanonicalResource> resources, Map<ResourceKey, String> documents) {}

    /**
     * The pair for one resource from columns already loaded (as the workbench holds them), with no
     * reading at all; empty when the loaded states cannot answer (a git@REV column, two Git columns,
     * or a column not ready or still from the cache), so the caller falls back to {@link #compare}.
     */
    public static Optional<Pair> fromLoaded(ResourceKey key, Column left, Optional<ColumnState> leftState,
            Column right, Optional<ColumnState> rightState) {
        Optional<Optional<CanonicalResource>> a = side(key, left, leftState, rightState);
        Optional<Optional<CanonicalResource>> b = side(key, right, rightState, leftState);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        String document = Stream.of(leftState, rightState).flatMap(Optional::stream)
                .flatMap(state -> state.state(key).stream()).map(ResourceState::slug)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return Optional.of(new Pair(key, document, a.get(), b.get()));
    }

    /** One side from loaded states: a live column's own state, or Git as rendered for the other column. */
    private static Optional<Optional<CanonicalResource>> side(ResourceKey key, Column column,
            Optional<ColumnState> own, Optional<ColumnState> other) {
        if (column.isRevision()) {
            return Optional.empty();
        }
        Optional<ColumnState> source = column.isLive() ? own : other.filter(state -> !state.environment().isEmpty());
        if (source.isEmpty() || source.get().phase() != ColumnState.Phase.READY || source.get().stale()) {
            return Optional.empty();
        }
        Optional<ResourceState> state = source.get().state(key);
        return Optional.of(state.flatMap(column.isLive() ? ResourceState::live : ResourceState::desired));
    }

    /**
     * Every resource of either column, ordered by kind and key; with {@code only} non-empty, just
     * those whose document slug or key is listed.
     */
    public List<Pair> compare(Column left, Column right, String renderFor, List<String> only) {
        ProjectState project = ProjectState.load(root);
        String context = left.isLive() ? left.environment() : right.isLive() ? right.environment()
                : renderFor != null ? renderFor : project.environments().inPromotionOrder().get(0).name();
        Side a = read(project, left, left.isLive() ? left.environment() : context);
        Side b = read(project, right, right.isLive() ? right.environment() : context);
        TreeSet<ResourceKey> keys = new TreeSet<>(a.resources().keySet());
        keys.addAll(b.resources().keySet());
        List<Pair> pairs = new ArrayList<>();
        for (ResourceKey key : keys) {
            String document = a.documents().getOrDefault(key, b.documents().get(key));
            if (only.isEmpty() || only.contains(key.key()) || document != null && only.contains(document)) {
                pairs.add(new Pair(key, document, Optional.ofNullable(a.resources().get(key)),
                        Optional.ofNullable(b.resources().get(key))));
            }
        }
        return pairs;
    }

    private Side read(ProjectState working, Column column, String environmentName) {
        Map<ResourceKey, CanonicalResource> resources = new TreeMap<>();
        Map<ResourceKey, String> documents = new TreeMap<>();
        if (column.isLive()) {
            Environment environment = working.environment(environmentName);
            List<RenderedResource> rendered = working.render(environment);
            LiveSnapshot live = LiveSnapshot.read(environment.name(), connections.client(environment));
            for (ResourceState state : Comparison.compare(rendered, live, working.environments().ignore(),
                    AppliedSecrets.masker(root, environment, connections))) {
                state.live().ifPresent(canonical -> resources.put(new ResourceKey(state.target(), state.key()),
                        canonical));
                if (state.slug() != null) {
                    documents.put(new ResourceKey(state.target(), state.key()), state.slug());
                }
            }
            return new Side(resources, documents);
        }
        ProjectState project = column.isRevision() ? ProjectState.atRevision(root, column.revision()) : working;
        try {
            Environment environment = project.environment(environmentName);
            Canonicalizer canonicalizer = new Canonicalizer(IdResolver.NONE, SecretMasker.NONE,
                    project.environments().ignore());
            for (RenderedResource resource : project.render(environment)) {
                ResourceKey key = new ResourceKey(resource.target(), resource.key());
                resources.put(key, canonicalizer.canonicalize(resource.target(), resource.payload()));
                documents.put(key, resource.slug());
            }
            return new Side(resources, documents);
        } finally {
            if (project != working) {
                project.close();
            }
        }
    }
}
