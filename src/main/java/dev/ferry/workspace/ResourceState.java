package dev.ferry.workspace;

import dev.ferry.canonical.CanonicalResource;
import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import java.util.Optional;

/**
 * One row of a comparison: a resource's canonical desired and live forms in one environment and
 * the status they give. {@code kind} and {@code slug} name the document (absent when unmanaged).
 */
public record ResourceState(
        Target target, String key, Kind kind, String slug, String liveId, Optional<CanonicalResource> desired,
        Optional<CanonicalResource> live, Status status) {}
