package dev.ferry.cli;

import dev.ferry.canonical.CanonicalResource;
import dev.ferry.yaml.CanonicalYamlWriter;
import java.util.List;
import java.util.Optional;

/** The lines of a canonical tree in canonical YAML, for the text part of a diff. */
final class CanonicalLines {
    private CanonicalLines() {}

    static List<String> of(Optional<CanonicalResource> resource) {
        return resource.map(r -> CanonicalYamlWriter.write(r.tree()).lines().toList()).orElse(List.of());
    }
}
