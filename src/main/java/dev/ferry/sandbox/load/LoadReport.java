package dev.ferry.sandbox.load;

import dev.ferry.render.Target;
import java.util.List;

/** What loading a folder did: each file's object and id, refs wired, stubs made, files skipped. */
public record LoadReport(List<Loaded> loaded, List<String> stubs, List<String> skipped) {
    public LoadReport {
        loaded = List.copyOf(loaded);
        stubs = List.copyOf(stubs);
        skipped = List.copyOf(skipped);
    }

    /** One file made into one object. */
    public record Loaded(String file, Target target, String shape, String id, String name) {}
}
