package dev.ferry.tui;

import dev.ferry.config.Kind;
import dev.ferry.export.ExportedObject;
import dev.ferry.export.SlugRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slug step of the export wizard: which documents of a planned export may be renamed, and
 * whether a slug the user types can be taken.
 */
final class ExportSlugs {
    /** A document whose slug the user may change. */
    record Entry(String id, Kind kind, String slug, String file) {}

    private static final List<Kind> RENAMEABLE = List.of(Kind.ASSISTANT, Kind.SQUAD, Kind.TOOL,
            Kind.STRUCTURED_OUTPUT);

    private ExportSlugs() {}

    /** The documents of the plan whose slug can change: all but knowledge bases, named after their query tool. */
    static List<Entry> of(List<ExportedObject> objects) {
        List<Entry> entries = new ArrayList<>();
        for (ExportedObject object : objects) {
            for (Kind kind : RENAMEABLE) {
                if (object.file().equals(kind.folder() + "/" + object.key() + ".yaml")) {
                    entries.add(new Entry(object.id(), kind, object.key(), object.file()));
                }
            }
        }
        return entries;
    }

    /**
     * Why {@code slug} cannot be {@code entry}'s: it breaks the slug rules, another document of this
     * export has it, or a file of the repo that is not this resource's already uses it.
     *
     * @param knownSlugs the slug each live id already has in the repo
     */
    static Optional<String> problem(Entry entry, String slug, List<Entry> entries, Map<String, String> knownSlugs,
            Path repo) {
        Optional<String> rule = SlugRules.problem(slug);
        if (rule.isPresent()) {
            return rule;
        }
        for (Entry other : entries) {
            if (!other.id().equals(entry.id()) && other.kind() == entry.kind() && other.slug().equals(slug)) {
                return Optional.of("slug '" + slug + "' is taken by " + other.file() + " in this export");
            }
        }
        String file = entry.kind().folder() + "/" + slug + ".yaml";
        boolean own = slug.equals(knownSlugs.get(entry.id())) || slug.equals(entry.slug());
        if (!own && Files.exists(repo.resolve(file))) {
            return Optional.of(file + " already exists for another resource; choose another slug");
        }
        return Optional.empty();
    }
}
