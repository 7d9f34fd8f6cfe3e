package dev.ferry.canonical;

import dev.ferry.render.Target;
import java.util.Optional;

/** Turns a live id into the key of the resource it belongs to (for most objects, the slug). */
@FunctionalInterface
public interface IdResolver {
    IdResolver NONE = (target, id) -> Optional.empty();

    Optional<String> keyOf(Target target, String id);
}
