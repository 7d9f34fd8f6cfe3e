package dev.ferry.plan;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.render.RefFields;
import dev.ferry.render.RefPlaceholder;
import dev.ferry.render.RenderedResource;
import dev.ferry.workspace.LiveObject;
import dev.ferry.workspace.LiveSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses ids written into Git by hand (plain Vapi fields such as {@code model.toolIds}) that the target
 * org does not have: they usually come from another environment's org, and sending one would wire an
 * object to nothing, or to someone else's (pitfall B19). Refs are the way to point at an object.
 */
final class RawIds {
    private RawIds() {}

    static void requireKnown(List<RenderedResource> desired, LiveSnapshot live, String environment) {
        List<String> problems = new ArrayList<>();
        for (RenderedResource resource : desired) {
            for (RefFields.RefField field : RefFields.of(resource.target())) {
                Set<String> known = new HashSet<>();
                live.of(field.target()).stream().map(LiveObject::id).forEach(known::add);
                List<String> values = JsonPaths.strings(resource.payload(), field.pattern());
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i);
                    if (RefPlaceholder.parse(value).isEmpty() && !value.startsWith("${") && !known.contains(value)) {
                        problems.add(resource.file() + ": " + JsonPaths.dotted(field.pattern())
                                + (field.pattern().endsWith("*") ? "[" + i + "]" : "") + " is unresolved in target org "
                                + environment + " (" + value + "); refer to the " + field.target().spelling()
                                + " with a ref instead of an id");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new FerryException(ExitCode.INVALID_CONFIG, String.join("\n", problems));
        }
    }
}
