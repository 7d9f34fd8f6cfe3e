package dev.ferry.workspace;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Kind;
import dev.ferry.export.ExportPlan;
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
        ExportSource source = ExportSource.read(project, connections, environmentName);
        Set<String> selected = new LinkedHashSet<>();
        if (kind.isPresent() || !names.isEmpty()) {
            for (ExportSource.Candidate candidate : source.candidates()) {
                boolean kindMatches = kind.isEmpty() || kind.get() == candidate.kind();
                boolean nameMatches = names.isEmpty() || names.contains(candidate.key())
                        || names.contains(candidate.name()) || names.contains(candidate.id())
                        || candidate.slug() != null && names.contains(candidate.slug());
                if (kindMatches && nameMatches) {
                    selected.add(candidate.id());
                }
            }
            if (selected.isEmpty()) {
                throw new FerryException(ExitCode.USAGE, "nothing in " + source.environment().name() + " matches "
                        + (names.isEmpty() ? "" : String.join(", ", names) + " ")
                        + kind.map(k -> "of kind " + k.spelling()).orElse(""));
            }
        }
        return source.plan(selected, Map.of());
    }
}
