package dev.ferry.sandbox.load;

import dev.ferry.render.Target;
import java.util.List;
import java.util.Map;

/**
 * What loading a folder did: each file's object and id, refs wired (written value to id), stubs
 * made, files skipped.
 */
public record LoadReport(List<Loaded> loaded, List<String> stubs, List<String> skipped, Map<String, String> wiredIds) {
    public LoadReport {
        loaded = List.copyOf(loaded);
        stubs = List.copyOf(stubs);
        skipped = List.copyOf(skipped);
        wiredIds = Map.copyOf(wiredIds);
    }

    /** The id a reference written in a file was wired to, e.g. {@code idOf(Target.TOOL, "resource-8102e715")}. */
    public java.util.Optional<String> idOf(Target target, String writtenRef) {
        return java.util.Optional.ofNullable(wiredIds.get(target.spelling() + "/" + writtenRef));
    }

    /** One file made into one object. */
    public record Loaded(String file, Target target, String shape, String id, String name) {}
}
