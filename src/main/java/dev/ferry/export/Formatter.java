package dev.ferry.export;

import dev.ferry.config.Finding;
import dev.ferry.config.PlatformRepo;
import dev.ferry.config.PlatformRepoLoader;
import dev.ferry.config.ResourceDocument;
import dev.ferry.yaml.CanonicalYamlWriter;
import dev.ferry.yaml.Position;
import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlLayout;
import dev.ferry.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The {@code fmt} use case: rewrites resource files in canonical YAML (block style, fixed key
 * order, numbers by value, safe quoting) while their values, sugar, params and comments stay as
 * they are. Planning writes nothing; {@link #write} replaces each changed file atomically. A file
 * whose values or comments would not survive exactly is reported and left alone.
 */
public final class Formatter {
    /** Every YAML resource file of the repo ({@code environments.yaml} and JSON documents are left alone). */
    public FormatReport plan(Path root) {
        PlatformRepo repo = PlatformRepoLoader.load(root);
        List<FormattedFile> files = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        repo.readFindings().stream().filter(Finding::isError).forEach(problems::add);
        for (ResourceDocument document : repo.documents()) {
            if (isYamlName(document.file())) {
                Path path = repo.root().resolve(document.file());
                JsonNode tree = document.yaml().root();
                read(path, document.file(), problems)
                        .ifPresent(bytes -> format(document.file(), path, bytes, tree, files, problems));
            }
        }
        return new FormatReport(files, problems);
    }

    /** The given files, named relative to {@code base} (the working directory) in messages. */
    public FormatReport plan(Path base, List<Path> paths) {
        List<FormattedFile> files = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        for (Path given : paths) {
            Path path = base.resolve(given).normalize();
            String name = given.toString().replace('\\', '/');
            if (!isYamlName(name)) {
                problems.add(Finding.warning(name, Position.START, "", "not a YAML file; fmt formats .yaml and .yml "
                        + "files only", "fmt-skipped"));
                continue;
            }
            read(path, name, problems).ifPresent(bytes -> {
                try {
                    JsonNode tree = YamlReader.read(bytes, name).root();
                    format(name, path, bytes, tree, files, problems);
                } catch (YamlException e) {
                    problems.add(Finding.error(name, e.position(), "", e.getMessage(), e.ruleId()));
                }
            });
        }
        return new FormatReport(files, problems);
    }

    /** Writes every changed file of the report, each atomically; returns their names. */
    public List<String> write(FormatReport report) {
        List<String> written = new ArrayList<>();
        for (FormattedFile file : report.changed()) {
            AtomicFiles.write(file.path(), file.formatted().getBytes(StandardCharsets.UTF_8));
            written.add(file.name());
        }
        return written;
    }

    private static void format(String name, Path path, byte[] bytes, JsonNode tree, List<FormattedFile> files,
            List<Finding> problems) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            YamlLayout layout = YamlLayout.read(text);
            String formatted = CanonicalYamlWriter.format(tree, layout);
            if (!keepsEverything(tree, layout, formatted, name)) {
                problems.add(Finding.error(name, Position.START, "", "fmt could not keep every value and comment of "
                        + "this file exactly, so it left the file as it is (please report this)", "fmt-unsafe"));
                return;
            }
            files.add(new FormattedFile(name, path, bytes, formatted));
        } catch (YamlException e) {
            problems.add(Finding.error(name, e.position(), "", e.getMessage() + "; fmt left the file as it is",
                    e.ruleId()));
        }
    }

    /** The formatted text reads back as the same values with the same comments: the last guard before a write. */
    private static boolean keepsEverything(JsonNode tree, YamlLayout layout, String formatted, String name) {
        try {
            JsonNode back = YamlReader.read(formatted.getBytes(StandardCharsets.UTF_8), name).root();
            return SameContent.of(tree, back)
                    && YamlLayout.read(formatted).commentLines().equals(layout.commentLines());
        } catch (YamlException e) {
            return false;
        }
    }

    private static Optional<byte[]> read(Path path, String name, List<Finding> problems) {
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException e) {
            problems.add(Finding.error(name, Position.START, "", "cannot read file: " + e.getMessage(),
                    "file-unreadable"));
            return Optional.empty();
        }
    }

    private static boolean isYamlName(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
