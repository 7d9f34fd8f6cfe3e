package dev.ferry.gitops;

import dev.ferry.export.LiveObject;
import java.util.List;
import java.util.Map;

/**
 * One gitops environment read as the objects an org would hold: Vapi payloads with an id made up
 * per file (the same file path gives the same id in every environment), the references between
 * files wired to those ids, and for each id the gitops file it came from and the slug it gets.
 */
public record EnvironmentObjects(String name, List<LiveObject> objects, Map<String, String> sources,
        Map<String, String> slugs, List<ImportNote> notes) {
    public EnvironmentObjects {
        objects = List.copyOf(objects);
        sources = Map.copyOf(sources);
        slugs = Map.copyOf(slugs);
        notes = List.copyOf(notes);
    }
}
