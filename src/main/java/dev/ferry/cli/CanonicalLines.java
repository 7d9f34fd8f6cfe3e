package dev.ferry.cli;

import dev.ferry.canonical.CanonicalResource;
import java.util.List;
import java.util.Optional;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The lines of a canonical tree as YAML, for the text part of a diff. */
final class CanonicalLines {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private CanonicalLines() {}

    static List<String> of(Optional<CanonicalResource> resource) {
        return resource.map(r -> YAML.writeValueAsString(r.tree()).lines().toList()).orElse(List.of());
    }
}
