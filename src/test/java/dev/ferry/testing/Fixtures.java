package dev.ferry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fixture files kept under {@code src/test/resources/<package of the test>/<scenario>/}: YAML
 * documents, whole repo overlays and expected outputs, named after the scenario they set up.
 */
public final class Fixtures {
    private Fixtures() {}

    /** The fixture folder or file {@code name}, next to the test class's package. */
    public static Path path(Class<?> test, String name) {
        URL url = test.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture '" + name + "' next to " + test.getName());
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static byte[] bytes(Class<?> test, String name) {
        try {
            return Files.readAllBytes(path(test, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Class<?> test, String name) {
        return new String(bytes(test, name), StandardCharsets.UTF_8);
    }

    /**
     * Copies every file of the scenario folder {@code name} into {@code repo} at the same relative
     * path, replacing what is there: the scenario's documents on top of the sample repo.
     */
    public static Path overlay(Class<?> test, String name, Path repo) {
        SampleRepo.copyTree(path(test, name), repo);
        return repo;
    }
}
