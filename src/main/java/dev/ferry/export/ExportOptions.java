package dev.ferry.export;

import dev.ferry.config.Environment;
import dev.ferry.config.Environments;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to export and how.
 *
 * @param selection ids of the live objects to export; their dependencies come along. Empty: all
 * @param knownSlugs slugs already given to live ids (from the ledger or the repo), so that a
 *     renamed object keeps its file (B04)
 * @param withheldParams params never offered as {@code ${params.NAME}}, typically those some
 *     environment does not define (the file would not validate)
 * @param documented live ids that a repo document renders to under another key (HTTP operations,
 *     knowledge-base query tools and files), so that they go back into that document's sugar
 * @param unchanged live ids whose document already says what the org has: their files are left as
 *     they are (refs, prompt files and policies included) and refs to them use their slug
 */
public record ExportOptions(Set<String> selection, Map<String, String> knownSlugs, Set<String> withheldParams,
        Map<String, DocumentedObject> documented, Set<String> unchanged) {
    public ExportOptions {
        selection = Set.copyOf(selection);
        knownSlugs = Map.copyOf(knownSlugs);
        withheldParams = Set.copyOf(withheldParams);
        documented = Map.copyOf(documented);
        unchanged = Set.copyOf(unchanged);
    }

    public ExportOptions(Set<String> selection, Map<String, String> knownSlugs, Set<String> withheldParams) {
        this(selection, knownSlugs, withheldParams, Map.of(), Set.of());
    }

    /** Everything, slugs from names, every param of the source environment. */
    public static ExportOptions all() {
        return new ExportOptions(Set.of(), Map.of(), Set.of());
    }

    /** Everything, withholding the params that not every environment of the repo defines. */
    public static ExportOptions forRepo(Environments environments) {
        Set<String> names = new TreeSet<>();
        environments.byName().values().forEach(environment -> names.addAll(environment.params().keySet()));
        Set<String> withheld = new TreeSet<>();
        for (String name : names) {
            for (Environment environment : environments.byName().values()) {
                if (!environment.params().containsKey(name)) {
                    withheld.add(name);
                }
            }
        }
        return new ExportOptions(Set.of(), Map.of(), withheld);
    }

    public ExportOptions selecting(Set<String> ids) {
        return new ExportOptions(ids, knownSlugs, withheldParams, documented, unchanged);
    }

    public ExportOptions withKnownSlugs(Map<String, String> slugsById) {
        return new ExportOptions(selection, slugsById, withheldParams, documented, unchanged);
    }

    public ExportOptions withDocumented(Map<String, DocumentedObject> byId) {
        return new ExportOptions(selection, knownSlugs, withheldParams, byId, unchanged);
    }

    public ExportOptions withUnchanged(Set<String> ids) {
        return new ExportOptions(selection, knownSlugs, withheldParams, documented, ids);
    }
}
