package dev.ferry.workspace;

import dev.ferry.canonical.SecretMasker;
import dev.ferry.config.Environment;
import dev.ferry.config.Kind;
import dev.ferry.export.DocumentedObject;
import dev.ferry.export.ExportOptions;
import dev.ferry.export.ExportPlan;
import dev.ferry.export.Exporter;
import dev.ferry.render.RenderedResource;
import dev.ferry.render.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One environment's org read once for exporting: what it holds, with the status each object has
 * against the repo, and plans for any selection and any slugs the user chose. The CLI plans once;
 * the workbench's export wizard plans again each time the user changes the selection or a slug,
 * without reading the org again. Nothing is written here.
 */
public final class ExportSource {
    /**
     * A live object the user can pick. {@code kind} is the kind of the document it matched and
     * {@code slug} that document's slug; both are null when it is unmanaged.
     */
    public record Candidate(String id, Target target, Kind kind, String key, String name, String slug,
            Status status) {
        /** The kind of document it would become: the matched one, else the usual one for its target. */
        public Kind documentKind() {
            return kind != null ? kind : switch (target) {
                case ASSISTANT -> Kind.ASSISTANT;
                case SQUAD -> Kind.SQUAD;
                case STRUCTURED_OUTPUT -> Kind.STRUCTURED_OUTPUT;
                case FILE -> Kind.KNOWLEDGE_BASE;
                case TOOL, CREDENTIAL -> Kind.TOOL;
            };
        }

        /** Credentials and knowledge files come along with what uses them; they are never picked alone. */
        public boolean isPickable() {
            return target != Target.CREDENTIAL && target != Target.FILE;
        }
    }

    private static final Comparator<Candidate> UNMANAGED_FIRST = Comparator
            .comparing((Candidate c) -> c.status() != Status.UNMANAGED)
            .thenComparing(c -> c.documentKind().ordinal()).thenComparing(Candidate::key);

    private final Environment environment;
    private final List<Candidate> candidates;
    private final List<dev.ferry.export.LiveObject> objects;
    private final Map<String, String> knownSlugs;
    private final ExportOptions options;

    private ExportSource(Environment environment, List<Candidate> candidates,
            List<dev.ferry.export.LiveObject> objects, Map<String, String> knownSlugs, ExportOptions options) {
        this.environment = environment;
        this.candidates = List.copyOf(candidates);
        this.objects = List.copyOf(objects);
        this.knownSlugs = Map.copyOf(knownSlugs);
        this.options = options;
    }

    /** Reads {@code environmentName}'s org (blocking, over the network) and compares it with the repo. */
    public static ExportSource read(ProjectState project, Connections connections, String environmentName) {
        Environment environment = project.environment(environmentName);
        LiveSnapshot live = LiveSnapshot.read(environment.name(), connections.client(environment));
        SecretMasker applied = AppliedSecrets.masker(connections.repoRoot(), environment, connections);
        List<RenderedResource> rendered = project.render(environment);
        List<ResourceState> states = Comparison.compare(rendered, live, project.environments().ignore(), applied);
        Map<String, String> files = new HashMap<>();
        rendered.forEach(resource -> files.put(resource.target() + "/" + resource.key(), resource.file()));
        // Objects a document makes under another key (an HTTP tool's operations, a knowledge base's query
        // tool) go back into that document's short form instead of files of their own.
        Map<String, DocumentedObject> documented = new HashMap<>();
        Map<String, LiveObject> byId = new HashMap<>();
        live.objects().values().forEach(list -> list.forEach(object -> byId.put(object.id(), object)));
        Map<String, String> knownSlugs = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> ignored = new HashSet<>();
        for (ResourceState state : states) {
            if (state.liveId() == null) {
                continue;
            }
            if (state.status() == Status.IGNORED) {
                ignored.add(state.liveId());
                continue;
            }
            if (state.slug() != null && state.key().equals(state.slug())) {
                knownSlugs.put(state.liveId(), state.slug());
            } else if (state.slug() != null) {
                documented.put(state.liveId(), new DocumentedObject(state.kind(), state.slug(), state.key(),
                        files.get(state.target() + "/" + state.key()), state.status() == Status.IN_SYNC));
            }
            LiveObject object = byId.get(state.liveId());
            candidates.add(new Candidate(state.liveId(), state.target(), state.kind(),
                    state.key(), object == null ? "" : object.name(), state.slug(), state.status()));
        }
        candidates.sort(UNMANAGED_FIRST);
        List<dev.ferry.export.LiveObject> objects = new ArrayList<>();
        for (LiveObject object : byId.values()) {
            if (!ignored.contains(object.id())) {
                objects.add(dev.ferry.export.LiveObject.of(object.target(),
                        AppliedSecrets.withReferences(object.body(), applied)));
            }
        }
        Set<String> unchanged = new HashSet<>();
        for (ResourceState state : states) {
            if (state.status() == Status.IN_SYNC && state.liveId() != null && knownSlugs.containsKey(state.liveId())) {
                unchanged.add(state.liveId());
            }
        }
        ExportOptions options = ExportOptions.forRepo(project.environments()).withKnownSlugs(knownSlugs)
                .withDocumented(documented).withUnchanged(unchanged);
        return new ExportSource(environment, candidates, objects, knownSlugs, options);
    }

    public Environment environment() {
        return environment;
    }

    /** Every live object that is not ignored: unmanaged ones first, then by kind and key. */
    public List<Candidate> candidates() {
        return candidates;
    }

    /** The slug each live id already has in the repo, so that export rewrites that document (pitfall B04). */
    public Map<String, String> knownSlugs() {
        return knownSlugs;
    }

    /**
     * Plans the export of {@code ids} (empty: everything) and what they depend on. {@code slugs}
     * gives live ids the slug the user chose; it wins over the slug a document already has.
     */
    public ExportPlan plan(Set<String> ids, Map<String, String> slugs) {
        Map<String, String> chosen = new HashMap<>(knownSlugs);
        chosen.putAll(slugs);
        // A renamed document is written under its new name even when its content is in sync.
        Set<String> unchanged = new HashSet<>(options.unchanged());
        unchanged.removeIf(id -> slugs.containsKey(id) && !slugs.get(id).equals(knownSlugs.get(id)));
        return new Exporter().export(objects, environment, options.withKnownSlugs(chosen).withUnchanged(unchanged)
                .selecting(ids));
    }
}
