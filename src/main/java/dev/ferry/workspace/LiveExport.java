package dev.ferry.workspace;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.canonical.SecretMasker;
import dev.ferry.config.Environment;
import dev.ferry.config.Kind;
import dev.ferry.export.DocumentedObject;
import dev.ferry.export.ExportOptions;
import dev.ferry.export.ExportPlan;
import dev.ferry.export.Exporter;
import dev.ferry.render.RenderedResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The export use case: reads an environment and plans platform-repo files for its live objects.
 * Objects that already match a document keep that document's slug, so export rewrites the same
 * file rather than adding a second one (pitfall B04). Nothing is written here.
 */
public final class LiveExport {
    private LiveExport() {}

    /**
     * Plans the export of the live objects of {@code environmentName}; with a kind or names, only those
     * objects (and what they depend on). A name matches a slug, a live name or an id.
     */
    public static ExportPlan plan(ProjectState project, Connections connections, String environmentName,
            Optional<Kind> kind, List<String> names) {
        Environment environment = project.environment(environmentName);
        LiveSnapshot live = LiveSnapshot.read(environment.name(), connections.client(environment));
        List<RenderedResource> rendered = project.render(environment);
        List<ResourceState> states = Comparison.compare(rendered, live, project.environments().ignore(),
                SecretMasker.NONE);
        Map<String, String> files = new HashMap<>();
        rendered.forEach(resource -> files.put(resource.target() + "/" + resource.key(), resource.file()));
        Map<String, String> knownSlugs = new HashMap<>();
        Map<String, DocumentedObject> documented = new HashMap<>();
        Set<String> selected = new LinkedHashSet<>();
        Map<String, LiveObject> byId = new HashMap<>();
        live.objects().values().forEach(list -> list.forEach(object -> byId.put(object.id(), object)));
        for (ResourceState state : states) {
            if (state.liveId() == null || state.status() == Status.IGNORED) {
                continue;
            }
            if (state.slug() != null && state.key().equals(state.slug())) {
                knownSlugs.put(state.liveId(), state.slug());
            } else if (state.slug() != null) {
                documented.put(state.liveId(), new DocumentedObject(state.kind(), state.slug(), state.key(),
                        files.get(state.target() + "/" + state.key()), state.status() == Status.IN_SYNC));
            }
            LiveObject object = byId.get(state.liveId());
            boolean kindMatches = kind.isEmpty() || kind.get() == state.kind();
            boolean nameMatches = names.isEmpty() || names.contains(state.key()) || names.contains(object.name())
                    || names.contains(object.id()) || state.slug() != null && names.contains(state.slug());
            if (kindMatches && nameMatches && (kind.isPresent() || !names.isEmpty())) {
                selected.add(state.liveId());
            }
        }
        if ((kind.isPresent() || !names.isEmpty()) && selected.isEmpty()) {
            throw new FerryException(ExitCode.USAGE, "nothing in " + environment.name() + " matches "
                    + (names.isEmpty() ? "" : String.join(", ", names) + " ")
                    + kind.map(k -> "of kind " + k.spelling()).orElse(""));
        }
        List<dev.ferry.export.LiveObject> objects = new ArrayList<>();
        for (LiveObject object : byId.values()) {
            boolean ignored = states.stream().anyMatch(s -> object.id().equals(s.liveId())
                    && s.status() == Status.IGNORED);
            if (!ignored) {
                objects.add(dev.ferry.export.LiveObject.of(object.target(), object.body()));
            }
        }
        ExportOptions options = ExportOptions.forRepo(project.environments()).withKnownSlugs(knownSlugs)
                .withDocumented(documented).selecting(selected);
        return new Exporter().export(objects, environment, options);
    }
}
