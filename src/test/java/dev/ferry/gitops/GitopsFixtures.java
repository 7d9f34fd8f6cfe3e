package dev.ferry.gitops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies of the gitops fixture repositories, to change one file for a scenario. */
public final class GitopsFixtures {
    private GitopsFixtures() {}

    public static Path copy(String name, Path target) throws IOException {
        Path source = Path.of("src/test/resources/dev/ferry/gitops").resolve(name);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path copy = target.resolve(source.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }
        return target;
    }

    public static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain '" + from + "'");
        }
        Files.writeString(file, text.replace(from, to));
    }
}
