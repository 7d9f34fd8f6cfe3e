package dev.ferry.tui;

import dev.ferry.canonical.CanonicalResource;
import java.util.List;
import java.util.Optional;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The lines of a canonical tree as YAML, for the diff and detail views. A stand-in until the
 * canonical YAML writer of design section 5 exists (quoting decided per value, fixed key order);
 * that writer replaces this one function. Multi-line strings are written as literal blocks so a
 * prompt reads, and diffs, line by line; long lines are not split, since the views wrap.
 */
final class CanonicalYaml {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .build();

    private CanonicalYaml() {}

    static List<String> lines(Optional<CanonicalResource> resource) {
        return resource.map(r -> YAML.writeValueAsString(r.tree()).lines().toList()).orElse(List.of());
    }
}
