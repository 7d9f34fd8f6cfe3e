package dev.ferry.render;

import java.util.Optional;

/**
 * The ids an org already has, by target and key (for most objects the key is the slug; for the
 * tools of an HTTP tool's operations it is {@code <slug>-<operation>}). Render asks it for every
 * ref and leaves a {@link RefPlaceholder} where it has no answer.
 */
@FunctionalInterface
public interface LiveIndex {
    LiveIndex EMPTY = (target, key) -> Optional.empty();

    Optional<String> idOf(Target target, String key);
}
