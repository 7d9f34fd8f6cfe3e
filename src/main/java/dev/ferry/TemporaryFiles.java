package dev.ferry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Cleaning up what Ferry made for a moment: a plan file, a revision written out, a scratch home. */
public final class TemporaryFiles {
    private TemporaryFiles() {}

    /**
     * Deletes {@code path}, a file or a folder with everything in it, if it exists. Failures are
     * ignored: a leftover in a temporary area is harmless, and the cleanup must not hide the outcome
     * of the work it follows.
     */
    public static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(each -> each.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // See above: best effort only.
        }
    }
}
