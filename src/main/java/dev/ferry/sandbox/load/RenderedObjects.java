package dev.ferry.sandbox.load;

import dev.ferry.render.RenderedResource;
import dev.ferry.render.Target;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns rendered payloads into objects for {@link CreateInOrder}, so that a platform repo can be
 * put into an org before apply exists: the demo, and tests that need an org in sync with Git.
 * Secret references are sent as written; nothing here resolves a secret.
 */
public final class RenderedObjects {
    private RenderedObjects() {}

    public static List<PendingObject> of(List<RenderedResource> rendered, Path repoRoot) {
        return rendered.stream().map(resource -> {
            Path upload = resource.target() == Target.FILE
                    ? repoRoot.resolve(resource.payload().path("path").asString()) : null;
            return new PendingObject(resource.target(), resource.key(), resource.file(), resource.payload(), upload);
        }).toList();
    }
}
