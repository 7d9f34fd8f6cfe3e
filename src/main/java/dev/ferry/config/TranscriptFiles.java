package dev.ferry.config;

import dev.ferry.yaml.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the golden-path transcripts of a platform repo: every YAML file in {@code tests/<assistant-slug>/}.
 * A YAML file anywhere else under {@code tests/} is a finding, since Ferry would not know which assistant
 * it talks to. Nothing is written; read problems become findings.
 */
public final class TranscriptFiles {
    /** The folder of transcripts inside a platform repo. */
    public static final String FOLDER = "tests";

    private TranscriptFiles() {}

    /** The transcripts under {@code root/tests}, sorted by path; {@code findings} receives what could not be read. */
    public static List<TranscriptFile> read(Path root, List<Finding> findings) {
        Path base = root.toAbsolutePath().normalize();
        Path folder = base.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(Files::isRegularFile).filter(TranscriptFiles::isYaml).sorted().toList();
        } catch (IOException e) {
            findings.add(Finding.error(FOLDER, Position.START, "", "cannot list folder: " + e.getMessage(),
                    "file-unreadable"));
            return List.of();
        }
        List<TranscriptFile> transcripts = new ArrayList<>();
        for (Path path : paths) {
            String file = PlatformRepoLoader.relative(base, path);
            Path inside = folder.relativize(path);
            if (inside.getNameCount() != 2) {
                findings.add(Finding.error(file, Position.START, "", "transcripts live in tests/<assistant-slug>/"
                        + "<name>.yaml; move this file into the folder of the assistant it talks to",
                        "transcript-location"));
                continue;
            }
            String name = inside.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            PlatformRepoLoader.read(base, path, findings).ifPresent(yaml ->
                    transcripts.add(new TranscriptFile(file, inside.getName(0).toString(), name, yaml)));
        }
        return transcripts;
    }

    /** Whether the repo has any transcript file, found by listing {@code root/tests} without reading one. */
    public static boolean any(Path root) {
        Path folder = root.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(path -> Files.isRegularFile(path) && isYaml(path));
        } catch (IOException e) {
            // An unlistable folder is not "no transcripts": let the verdict decide.
            return true;
        }
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
