package dev.ferry.schema;

import dev.ferry.config.Kind;
import dev.ferry.config.ResourceDocument;
import dev.ferry.render.FieldPattern;
import dev.ferry.render.RefFields;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Finds the slug references a document makes, with where they sit and whether the target must
 * exist before the document can be created ({@code creation}) or is linked afterwards (back-links
 * such as structured-output assistants and handoff destinations, written in apply's second pass).
 */
final class Refs {
    /** One reference: the target kind and slug, the pointer of the {@code ref} value, and its role. */
    record Ref(Kind target, String slug, String pointer, boolean creation) {}

    private Refs() {}

    static List<Ref> of(ResourceDocument document) {
        List<Ref> refs = new ArrayList<>();
        JsonNode spec = document.spec();
        switch (document.kind()) {
            case ASSISTANT, POLICY -> {
                list(spec, "tools", Kind.TOOL, true, refs);
                list(spec, "knowledge", Kind.KNOWLEDGE_BASE, true, refs);
                list(spec, "structuredOutputs", Kind.STRUCTURED_OUTPUT, true, refs);
            }
            case SQUAD -> {
                list(spec, "members", Kind.ASSISTANT, true, refs);
                handoffDestinations(spec, refs);
            }
            case STRUCTURED_OUTPUT -> list(spec, "assistants", Kind.ASSISTANT, false, refs);
            case TOOL -> destinations(spec, refs);
            case KNOWLEDGE_BASE -> { }
        }
        return refs;
    }

    private static void list(JsonNode spec, String field, Kind target, boolean creation, List<Ref> refs) {
        JsonNode items = spec.path(field);
        for (int i = 0; i < items.size(); i++) {
            JsonNode ref = items.get(i).get("ref");
            if (ref != null && ref.isString()) {
                refs.add(new Ref(target, ref.asString(), "/spec/" + field + "/" + i + "/ref", creation));
            }
        }
    }

    /** A squad's inline handoff tools name assistants that must exist before the squad is created. */
    private static void handoffDestinations(JsonNode spec, List<Ref> refs) {
        for (String pattern : RefFields.SQUAD_HANDOFF_DESTINATIONS) {
            FieldPattern.forEachMatch(spec, pattern, (parent, at, destination, path) -> {
                JsonNode ref = destination.get("ref");
                if (ref != null && ref.isString()) {
                    String pointer = "/spec/" + path.replaceAll("\\[(\\d+)]", ".$1").replace(".", "/") + "/ref";
                    refs.add(new Ref(Kind.ASSISTANT, ref.asString(), pointer, true));
                }
            });
        }
    }

    private static void destinations(JsonNode spec, List<Ref> refs) {
        JsonNode destinations = spec.path("destinations");
        for (int i = 0; i < destinations.size(); i++) {
            JsonNode destination = destinations.get(i);
            JsonNode ref = destination.get("ref");
            if (ref != null && ref.isString()) {
                Kind target = "squad".equals(destination.path("type").asString()) ? Kind.SQUAD : Kind.ASSISTANT;
                refs.add(new Ref(target, ref.asString(), "/spec/destinations/" + i + "/ref", false));
            }
        }
    }
}
