package dev.ferry.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves a path written in a document ({@code systemPromptRef: prompts/agent.md}) against the
 * repo root and refuses any that leads outside it, through {@code ..} or through a symlink.
 */
public final class RepoPaths {
    /** Referenced files larger than this are refused: a prompt or schema is text, not a data dump. */
    public static final long MAX_REFERENCED_BYTES = 1024 * 1024;

    private RepoPaths() {}

    /** What became of a referenced path. */
    public sealed interface Resolution {}

    public record Found(Path path) implements Resolution {}

    public record Problem(String message, String rule) implements Resolution {}

    public static Resolution resolve(Path root, String written) {
        Path rootPath = root.toAbsolutePath().normalize();
        Path target;
        try {
            target = rootPath.resolve(written).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return new Problem("'" + written + "' is not a valid path", "file-missing");
        }
        if (Path.of(written).isAbsolute() || !target.startsWith(rootPath)) {
            return new Problem("'" + written + "' points outside the platform repo; referenced files must stay "
                    + "inside it", "file-outside-repo");
        }
        if (!Files.exists(target)) {
            return new Problem("file '" + written + "' does not exist", "file-missing");
        }
        try {
            Path real = target.toRealPath();
            if (!real.startsWith(rootPath.toRealPath())) {
                return new Problem("'" + written + "' is a link to a file outside the platform repo", "file-outside-repo");
            }
            if (!Files.isRegularFile(real)) {
                return new Problem("'" + written + "' is not a file", "file-missing");
            }
            long size = Files.size(real);
            if (size > MAX_REFERENCED_BYTES) {
                return new Problem(String.format(java.util.Locale.ROOT,
                        "file '%s' is %.1f MB (%d bytes); referenced files may be at most 1 MB (%d bytes)", written,
                        size / 1048576.0, size, MAX_REFERENCED_BYTES), "file-too-large");
            }
            return new Found(real);
        } catch (IOException e) {
            return new Problem("cannot read '" + written + "': " + e.getMessage(), "file-unreadable");
        }
    }
}
