package dev.ferry.sandbox.load;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.render.RefFields;
import dev.ferry.render.RefPlaceholder;
import dev.ferry.render.Target;
import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a folder of real Vapi configurations into objects ready for {@link CreateInOrder}. Each
 * file is known by its file name (gitops refers to objects by it) and, for GET dumps, by its id;
 * every ref field pointing at another file becomes a placeholder, and every ref to something not
 * in the folder becomes a clearly named stub of the right kind, reported by file and field.
 */
final class FolderReader {
    private static final Set<String> SERVER_OWNED = Set.of("id", "orgId", "createdAt", "updatedAt", "isDeleted",
            "isServerUrlSecretSet", "latestVersion", "analyticsMetadata", "workflowIds", "authenticationSession");

    private record Source(String file, Target target, String key, String shape, ObjectNode body) {}

    private final Path folder;
    private final Path stubFolder;
    private final List<String> skipped = new ArrayList<>();
    private final List<String> stubNotes = new ArrayList<>();
    private final Map<Target, Map<String, String>> aliases = new EnumMap<>(Target.class);
    private final Map<String, PendingObject> stubs = new LinkedHashMap<>();
    private final Map<String, String> refKeys = new LinkedHashMap<>();

    FolderReader(Path folder, Path stubFolder) {
        this.folder = folder;
        this.stubFolder = stubFolder;
    }

    List<String> skipped() {
        return skipped;
    }

    List<String> stubNotes() {
        return stubNotes;
    }

    /** Every ref value met, as {@code <target>/<value>}, with the key of the object it was wired to. */
    Map<String, String> refKeys() {
        return refKeys;
    }

    /** The files as sources, keyed and classified, before refs are wired. */
    List<PendingObject> read(List<LoadReport.Loaded> described) {
        List<Source> sources = new ArrayList<>();
        for (Path file : files()) {
            readSource(file).ifPresent(sources::add);
        }
        for (Source source : sources) {
            Map<String, String> names = aliases.computeIfAbsent(source.target(), target -> new HashMap<>());
            names.put(stem(source.file()), source.key());
            if (source.body().has("id")) {
                names.put(source.body().get("id").asString(), source.key());
            }
        }
        List<PendingObject> objects = new ArrayList<>();
        for (Source source : sources) {
            ObjectNode body = source.body();
            SERVER_OWNED.forEach(body::remove);
            wireRefs(source, body);
            objects.add(PendingObject.of(source.target(), source.key(), source.file(), body));
            described.add(new LoadReport.Loaded(source.file(), source.target(), source.shape(), null,
                    body.path("name").asString(body.path("function").path("name").asString(""))));
        }
        objects.addAll(stubs.values());
        return objects;
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> path.toString().matches(".*\\.(json|ya?ml|md)$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private Optional<Source> readSource(Path path) {
        String file = folder.relativize(path).toString().replace('\\', '/');
        try {
            byte[] bytes = Files.readAllBytes(path);
            ObjectNode body;
            if (file.endsWith(".md")) {
                Optional<ObjectNode> markdown = MarkdownAssistant.parse(new String(bytes, StandardCharsets.UTF_8), file);
                if (markdown.isEmpty()) {
                    skipped.add(file + ": Markdown without YAML front matter; not a configuration");
                    return Optional.empty();
                }
                body = markdown.get();
            } else {
                JsonNode root = YamlReader.read(bytes, file).root();
                if (!(root instanceof ObjectNode object)) {
                    skipped.add(file + ": not a mapping; skipped");
                    return Optional.empty();
                }
                body = object;
            }
            String relative = "/" + file;
            Optional<Target> target = ConfigShape.targetOf(relative, body);
            if (target.isEmpty()) {
                skipped.add(file + ": cannot tell which kind of Vapi object this is; skipped");
                return Optional.empty();
            }
            String shape = ConfigShape.shapeOf(relative, body, target.get()).name().toLowerCase(Locale.ROOT);
            if (body.has("assistant_ids") && !body.has("assistantIds")) {
                body.set("assistantIds", body.remove("assistant_ids"));
            }
            return Optional.of(new Source(file, target.get(), stem(file), shape, body));
        } catch (IOException e) {
            skipped.add(file + ": cannot read: " + e.getMessage());
        } catch (YamlException e) {
            skipped.add(file + ":" + e.position().line() + ":" + e.position().column() + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private void wireRefs(Source source, ObjectNode body) {
        for (RefFields.RefField field : RefFields.of(source.target())) {
            Placeholders.forEachMatch(body, field.pattern(), (parent, at, value, path) -> {
                String key = aliases.getOrDefault(field.target(), Map.of()).get(value);
                if (key == null) {
                    key = stub(field.target(), value, source.file(), path);
                }
                refKeys.put(field.target().spelling() + "/" + value, key);
                Placeholders.set(parent, at, new RefPlaceholder(field.target(), key).text());
            });
        }
    }

    private String stub(Target target, String ref, String file, String path) {
        String key = "stub-" + ref;
        if (!stubs.containsKey(target.spelling() + "/" + key)) {
            stubs.put(target.spelling() + "/" + key, Stubs.of(target, key, ref, file, stubFolder));
        }
        stubNotes.add(file + ": " + path + " refers to " + target.spelling() + " '" + ref + "', which is not in the folder; made stub "
                + target.spelling() + " '" + Stubs.name(ref) + "'");
        return key;
    }

    static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
