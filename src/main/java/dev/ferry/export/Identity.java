package dev.ferry.export;

import dev.ferry.config.Kind;
import dev.ferry.render.Target;

/**
 * What export made of one live object: the document kind and slug that describe it (none for a
 * credential, which an {@code authRef} stands for), its render key and the repo file.
 */
record Identity(LiveObject live, Kind kind, String slug, String key, String file) {
    Target target() {
        return live.target();
    }

    ExportedObject exported() {
        return new ExportedObject(live.target(), live.id(), key, file);
    }
}
