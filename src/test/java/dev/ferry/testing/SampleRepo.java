package dev.ferry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A copy of {@code samples/platform} in a test's temp folder, which a test then breaks on purpose.
 * The sample itself is never touched.
 */
public final class SampleRepo {
    private SampleRepo() {}

    /** The project folder; the pom passes it, and Maven runs tests from it anyway. */
    public static Path projectDir() {
        return Path.of(System.getProperty("ferry.project.dir", "")).toAbsolutePath();
    }

    public static Path sampleDir() {
        return projectDir().resolve("samples/platform");
    }

    /** Copies the sample repo into {@code folder}/platform and returns that copy's root. */
    public static Path copyInto(Path folder) {
        Path target = folder.resolve("platform");
        copyTree(sampleDir(), target);
        return target;
    }

    /** Writes {@code text} as UTF-8 to {@code relative} inside {@code repo}, creating folders. */
    public static Path write(Path repo, String relative, String text) {
        return write(repo, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path repo, String relative, byte[] bytes) {
        Path file = repo.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path repo, String relative) {
        try {
            Files.delete(repo.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                // A run of ./ferry in the sample leaves .ferry/ (sandbox data, cache); tests start clean.
                if (source.relativize(path).startsWith(".ferry")) {
                    continue;
                }
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.createDirectories(copy.getParent());
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
