package dev.ferry.gitops;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Finding;
import dev.ferry.export.LiveObject;
import dev.ferry.export.Slugs;
import dev.ferry.render.FieldPattern;
import dev.ferry.render.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the files of one gitops environment into Vapi-shaped objects for export. gitops names
 * other objects by their file ({@code toolIds: [lookup-customer]}, snake_case
 * {@code assistant_ids}); where export makes a ref of such a field, the file name becomes the
 * made-up id of that file. A file name in any other id field is kept as written and noted.
 */
final class GitopsReader {
    private static final Set<String> EXTENSIONS = Set.of(".yml", ".yaml", ".json", ".md");
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)+");

    private record Source(Target target, String key, String file, ObjectNode body) {}

    /** The ref fields export turns into refs; a wired gitops file name there becomes a ref. */
    private record Wired(Target owner, String pattern, Target target) {}

    private static final List<Wired> WIRED = List.of(
            new Wired(Target.ASSISTANT, "/model/toolIds/*", Target.TOOL),
            new Wired(Target.ASSISTANT, "/artifactPlan/structuredOutputIds/*", Target.STRUCTURED_OUTPUT),
            new Wired(Target.SQUAD, "/members/*/assistantId", Target.ASSISTANT),
            new Wired(Target.STRUCTURED_OUTPUT, "/assistantIds/*", Target.ASSISTANT),
            new Wired(Target.TOOL, "/destinations/*/assistantId", Target.ASSISTANT),
            new Wired(Target.TOOL, "/destinations/*/squadId", Target.SQUAD));

    private final GitopsLayout layout;
    private final List<Finding> findings;

    GitopsReader(GitopsLayout layout, List<Finding> findings) {
        this.layout = layout;
        this.findings = findings;
    }

    EnvironmentObjects read(GitopsLayout.Environment environment) {
        List<ImportNote> notes = new ArrayList<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Path root : environment.roots()) {
            for (Map.Entry<String, Target> kind : GitopsLayout.KIND_FOLDERS.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                Path folder = root.resolve(kind.getKey());
                if (Files.isDirectory(folder)) {
                    readKind(folder, kind.getValue(), sources, notes);
                }
            }
        }
        Map<Target, Map<String, String>> aliases = aliases(sources.values());
        List<LiveObject> objects = new ArrayList<>();
        Map<String, String> files = new HashMap<>();
        Map<String, String> slugs = new HashMap<>();
        for (Source source : sources.values()) {
            ObjectNode body = source.body();
            String id = idOf(source.target(), source.key());
            body.put("id", id);
            Set<String> wired = wire(source, aliases);
            noteUnwired(source, body, "", wired, aliases, notes);
            objects.add(LiveObject.of(source.target(), body));
            files.put(id, source.file());
            String slug = Slugs.of(source.key());
            if (!slug.isEmpty()) {
                slugs.put(id, slug);
            }
        }
        return new EnvironmentObjects(environment.name(), objects, files, slugs, notes);
    }

    /** The made-up id of a gitops file: the same kind and path give the same id in every environment. */
    static String idOf(Target target, String key) {
        return UUID.nameUUIDFromBytes(("gitops/" + target.spelling() + "/" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private void readKind(Path folder, Target target, Map<String, Source> sources, List<ImportNote> notes) {
        for (Path path : GitopsLayout.walk(folder)) {
            String file = layout.relative(path);
            String name = path.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot);
            if (!EXTENSIONS.contains(extension) || extension.equals(".md") && target != Target.ASSISTANT) {
                notes.add(new ImportNote(file, "", "not a gitops " + target.spelling() + " file; not carried over"));
                continue;
            }
            String relative = folder.relativize(path).toString().replace('\\', '/');
            String key = relative.substring(0, relative.length() - extension.length());
            Source earlier = sources.get(target + "/" + key);
            if (earlier != null) {
                notes.add(new ImportNote(file, "", "describes the same " + target.spelling() + " as " + earlier.file()
                        + ", which is the one imported; not carried over"));
                continue;
            }
            GitopsFile.Read read = GitopsFile.read(bytes(path), file, target);
            read.problem().ifPresent(findings::add);
            read.body().ifPresent(body -> {
                camelCaseKeys(body, file, notes);
                sources.put(target + "/" + key, new Source(target, key, file, body));
            });
        }
    }

    /**
     * gitops writes some API fields in snake_case ({@code assistant_ids} for {@code assistantIds});
     * the API's own top-level fields are all camelCase, so every snake_case one is spelled back.
     * Only spellings other than the one gitops is known to write are noted.
     */
    private static void camelCaseKeys(ObjectNode body, String file, List<ImportNote> notes) {
        for (String key : new ArrayList<>(body.propertyNames())) {
            if (!SNAKE_CASE.matcher(key).matches()) {
                continue;
            }
            StringBuilder camel = new StringBuilder();
            for (String word : key.split("_")) {
                camel.append(camel.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            if (body.has(camel.toString())) {
                notes.add(new ImportNote(file, key, "is also set as " + camel + ", which is the one imported; "
                        + "not carried over"));
                body.remove(key);
                continue;
            }
            body.set(camel.toString(), body.remove(key));
            if (!key.equals("assistant_ids")) {
                notes.add(new ImportNote(file, key, "written as " + camel + ", the API's spelling; check that Vapi "
                        + "knows this field"));
            }
        }
    }

    /** Each file is known by its path in the kind folder, and by its bare name where that is unique. */
    private static Map<Target, Map<String, String>> aliases(Iterable<Source> sources) {
        Map<Target, Map<String, String>> aliases = new EnumMap<>(Target.class);
        Map<Target, Map<String, Integer>> stems = new EnumMap<>(Target.class);
        for (Source source : sources) {
            String stem = source.key().substring(source.key().lastIndexOf('/') + 1);
            stems.computeIfAbsent(source.target(), target -> new HashMap<>()).merge(stem, 1, Integer::sum);
        }
        for (Source source : sources) {
            Map<String, String> names = aliases.computeIfAbsent(source.target(), target -> new HashMap<>());
            String id = idOf(source.target(), source.key());
            names.put(source.key(), id);
            String stem = source.key().substring(source.key().lastIndexOf('/') + 1);
            if (stems.get(source.target()).get(stem) == 1) {
                names.putIfAbsent(stem, id);
            }
        }
        return aliases;
    }

    /** Wires the fields export makes refs of; returns the dotted paths it wired. */
    private static Set<String> wire(Source source, Map<Target, Map<String, String>> aliases) {
        Set<String> wired = new HashSet<>();
        boolean handoff = "handoff".equals(source.body().path("type").asString(""));
        for (Wired field : WIRED) {
            if (field.owner() != source.target()) {
                continue;
            }
            FieldPattern.forEachMatch(source.body(), field.pattern(), (parent, at, value, path) -> {
                String id = value.isString() ? aliases.getOrDefault(field.target(), Map.of()).get(value.asString())
                        : null;
                if (id != null && exportMakesRef(field, parent, handoff)) {
                    FieldPattern.set(parent, at, JsonNodeFactory.instance.stringNode(id));
                    wired.add(path);
                }
            });
        }
        return wired;
    }

    /** Export makes a ref of a destination's assistant only in a handoff tool, and of its squad only for a squad. */
    private static boolean exportMakesRef(Wired field, JsonNode parent, boolean handoff) {
        if (field.owner() != Target.TOOL) {
            return true;
        }
        boolean squad = "squad".equals(parent.path("type").asString(""));
        return field.target() == Target.SQUAD ? squad : handoff && !squad;
    }

    /** A gitops file name left in an id field Ferry does not wire (a hook's {@code toolId}) is noted. */
    private static void noteUnwired(Source source, JsonNode node, String path, Set<String> wired,
            Map<Target, Map<String, String>> aliases, List<ImportNote> notes) {
        if (node instanceof ObjectNode object) {
            for (var entry : object.properties()) {
                String child = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                boolean idField = entry.getKey().endsWith("Id") || entry.getKey().endsWith("Ids");
                if (idField && entry.getValue().isString()) {
                    noteIfFileName(source, entry.getValue().asString(), child, wired, aliases, notes);
                } else if (idField && entry.getValue() instanceof ArrayNode ids) {
                    for (int i = 0; i < ids.size(); i++) {
                        if (ids.get(i).isString()) {
                            noteIfFileName(source, ids.get(i).asString(), child + "[" + i + "]", wired, aliases, notes);
                        }
                    }
                } else {
                    noteUnwired(source, entry.getValue(), child, wired, aliases, notes);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                noteUnwired(source, array.get(i), path + "[" + i + "]", wired, aliases, notes);
            }
        }
    }

    private static void noteIfFileName(Source source, String value, String path, Set<String> wired,
            Map<Target, Map<String, String>> aliases, List<ImportNote> notes) {
        if (wired.contains(path) || path.equals("id")) {
            return;
        }
        for (Map.Entry<Target, Map<String, String>> names : aliases.entrySet()) {
            if (names.getValue().containsKey(value)) {
                notes.add(new ImportNote(source.file(), path, "names the gitops " + names.getKey().spelling()
                        + " file '" + value + "' in a field Ferry does not turn into a ref; kept as written, put the "
                        + names.getKey().spelling() + "'s id in each org there by hand"));
                return;
            }
        }
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
