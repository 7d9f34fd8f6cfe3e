package dev.ferry.config;

import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The names a user types after a command: environment names and resource slugs, read from a
 * platform repo without validating it. Completion in the shell and in bash uses them, so a repo
 * that is half-edited still offers what it can and a broken file offers nothing, silently.
 * Known limitation: nothing is cached, so on a repo of thousands of files a Tab that lists slugs
 * waits as long as reading the repo does (the first step of validate).
 */
public final class RepoNames {
    private RepoNames() {}

    /** The environments of {@code environments.yaml}, in file order; empty when it cannot be read. */
    public static List<String> environments(Path root) {
        Path file = root.resolve(PlatformRepo.ENVIRONMENTS_FILE);
        try {
            YamlReader.checkSize(Files.size(file));
            var environments = YamlReader.read(Files.readAllBytes(file), PlatformRepo.ENVIRONMENTS_FILE).root()
                    .path("environments");
            return List.copyOf(new ArrayList<>(environments.propertyNames()));
        } catch (IOException | YamlException e) {
            return List.of();
        }
    }

    /** The slugs of every deployable resource document, sorted and without repeats. Policies are local only. */
    public static List<String> slugs(Path root) {
        return List.copyOf(PlatformRepoLoader.load(root).documents().stream()
                .filter(document -> document.kind() != Kind.POLICY)
                .map(ResourceDocument::slug)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
