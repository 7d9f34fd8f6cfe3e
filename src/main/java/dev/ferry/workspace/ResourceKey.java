package dev.ferry.workspace;

import dev.ferry.render.Target;

/** Names one live object across columns: its target kind and key (usually the slug). */
public record ResourceKey(Target target, String key) implements Comparable<ResourceKey> {
    @Override
    public int compareTo(ResourceKey other) {
        int byTarget = target.compareTo(other.target);
        return byTarget != 0 ? byTarget : key.compareTo(other.key);
    }

    @Override
    public String toString() {
        return target.spelling() + "/" + key;
    }
}
