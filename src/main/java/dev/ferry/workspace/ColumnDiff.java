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
                    SecretMasker.NONE)) {
                state.live().ifPresent(canonical -> resources.put(new ResourceKey(state.target(), state.key()),
                        canonical));
                if (state.slug() != null) {
                    documents.put(new ResourceKey(state.target(), state.key()), state.slug());
                }
            }
            return new Side(resources, documents);
        }
        if (!column.isRevision()) {
            return rendered(working, environmentName);
        }
        // Render reads prompts and schemas lazily, so the revision's files must outlive the rendering.
        Path copy = null;
        try {
            copy = java.nio.file.Files.createTempDirectory("ferry-rev");
            return rendered(ProjectState.atRevision(root, column.revision(), copy), environmentName);
        } catch (java.io.IOException e) {
            throw new dev.ferry.FerryException(dev.ferry.ExitCode.ERROR, "cannot make a temporary folder: "
                    + e.getMessage(), e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static Side rendered(ProjectState project, String environmentName) {
        Map<ResourceKey, CanonicalResource> resources = new TreeMap<>();
        Map<ResourceKey, String> documents = new TreeMap<>();
        Environment environment = project.environment(environmentName);
        Canonicalizer canonicalizer = new Canonicalizer(IdResolver.NONE, SecretMasker.NONE,
                project.environments().ignore());
        for (RenderedResource resource : project.render(environment)) {
            ResourceKey key = new ResourceKey(resource.target(), resource.key());
            resources.put(key, canonicalizer.canonicalize(resource.target(), resource.payload()));
            documents.put(key, resource.slug());
        }
        return new Side(resources, documents);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            // A leftover temporary folder is harmless; the OS cleans its temp area.
        }
    }
}
