package dev.ferry.gitops;

import dev.ferry.config.Access;
import dev.ferry.config.Environment;
import dev.ferry.config.Finding;
import dev.ferry.config.Kind;
import dev.ferry.config.RateLimits;
import dev.ferry.config.SecretsSettings;
import dev.ferry.export.ExportFile;
import dev.ferry.export.ExportNote;
import dev.ferry.export.ExportOptions;
import dev.ferry.export.ExportPlan;
import dev.ferry.export.ExportedObject;
import dev.ferry.export.Exporter;
import dev.ferry.export.SecretReference;
import dev.ferry.export.Slugs;
import dev.ferry.yaml.CanonicalYamlWriter;
import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The import use case: a repository of Vapi's gitops tool becomes a Ferry platform repo. Each
 * environment folder is read as the objects an org would hold and goes through export, as if
 * exported from that org; the environments' documents are then merged into one spec, values that
 * differ becoming params of {@code environments.yaml}. Nothing is written here; see
 * {@link ImportWriter}.
 */
public final class GitopsImporter {
    private static final String GITIGNORE = "# Ferry's local working data: cache, runs (audit, backups), sandbox "
            + "data.\n.ferry/\n# Secret files for the `file` provider never go into Git.\nsecrets/\n";

    /** One environment's export, with the gitops file behind each repo file. */
    private record Exported(String environment, Map<String, ExportFile> files, Map<String, String> sources) {}

    /**
     * Reads the gitops repository in {@code folder}.
     *
     * @throws GitopsImportException when files cannot be read (exit 3, each with file and line)
     * @throws dev.ferry.FerryException with exit 2 when the folder holds no gitops layout
     */
    public ImportResult read(Path folder) {
        Path base = folder.toAbsolutePath().normalize();
        GitopsLayout layout = GitopsLayout.of(base);
        List<Finding> findings = new ArrayList<>();
        GitopsReader reader = new GitopsReader(layout, findings);
        List<EnvironmentObjects> environments = layout.environments().stream().map(reader::read).toList();
        if (!findings.isEmpty()) {
            throw new GitopsImportException(findings.stream().distinct().sorted(Finding.ORDER).toList());
        }
        Set<ImportNote> notes = new LinkedHashSet<>(layout.notes());
        List<Exported> exports = new ArrayList<>();
        for (EnvironmentObjects environment : environments) {
            notes.addAll(environment.notes());
            exports.add(export(environment, notes));
        }
        ParamTable params = new ParamTable();
        Map<String, byte[]> files = merge(exports, params, notes);
        List<String> names = environments.stream().map(EnvironmentObjects::name).toList();
        files.put("environments.yaml", EnvironmentsFile.write(project(base), names, params)
                .getBytes(StandardCharsets.UTF_8));
        files.put(".gitignore", GITIGNORE.getBytes(StandardCharsets.UTF_8));
        // apply writes the ledger there; the folder is kept in Git from the start, as init does.
        files.put("state/.gitkeep", new byte[0]);
        List<ImportNote> sorted = new ArrayList<>(notes);
        sorted.sort((a, b) -> a.file().compareTo(b.file()));
        return new ImportResult(files, environments, sorted);
    }

    private static Exported export(EnvironmentObjects environment, Set<ImportNote> notes) {
        ExportPlan plan = new Exporter().export(environment.objects(), exportSource(environment.name()),
                ExportOptions.all().withKnownSlugs(environment.slugs()));
        Map<String, String> sources = new HashMap<>();
        for (ExportedObject object : plan.objects()) {
            String source = environment.sources().get(object.id());
            if (source != null) {
                sources.putIfAbsent(object.file(), source);
            }
        }
        for (ExportNote note : plan.notes()) {
            notes.add(fromExport(sources.getOrDefault(note.file(), note.file()), note.message()));
        }
        for (SecretReference secret : plan.secrets()) {
            notes.add(new ImportNote(sources.getOrDefault(secret.file(), secret.file()), field(secret.livePointer()),
                    "holds a secret; the repo says " + secret.reference() + " instead, so put the value in each "
                            + "environment's secret store"));
        }
        Map<String, ExportFile> files = new LinkedHashMap<>();
        plan.files().forEach(file -> files.put(file.path(), file));
        return new Exported(environment.name(), files, sources);
    }

    /** Export runs with no params: the merge decides them, from what differs between environments. */
    private static Environment exportSource(String name) {
        return new Environment(name, name, null, Environment.SANDBOX, null, Access.WRITE, null, false,
                SecretsSettings.NONE, Map.of(), RateLimits.DEFAULT);
    }

    private static Map<String, byte[]> merge(List<Exported> exports, ParamTable params, Set<ImportNote> notes) {
        List<ImportNote> mergeNotes = new ArrayList<>();
        SpecMerger noting = new SpecMerger(params, mergeNotes);
        Set<String> paths = new TreeSet<>();
        exports.forEach(export -> paths.addAll(export.files().keySet()));
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, ObjectNode> documents = new TreeMap<>();
        for (String path : paths) {
            Map<String, ExportFile> present = new LinkedHashMap<>();
            String source = null;
            for (Exported export : exports) {
                ExportFile file = export.files().get(path);
                if (file != null) {
                    present.put(export.environment(), file);
                    source = source != null ? source : sourceOf(path, export.sources());
                }
            }
            if (present.size() < exports.size()) {
                notes.add(new ImportNote(source, "", "only in " + String.join(", ", present.keySet())
                        + "; Ferry keeps one spec, so every environment gets it"));
            }
            ExportFile first = present.values().iterator().next();
            if (first.isDocument()) {
                Map<String, JsonNode> specs = new LinkedHashMap<>();
                present.forEach((environment, file) -> specs.put(environment, parse(file).get("spec")));
                ObjectNode document = parse(first);
                document.set("spec", noting.merge(source, specs));
                documents.put(path, document);
            } else {
                files.put(path, first.content());
                List<String> other = present.entrySet().stream()
                        .filter(entry -> !Arrays.equals(entry.getValue().content(), first.content()))
                        .map(Map.Entry::getKey).toList();
                if (!other.isEmpty()) {
                    notes.add(new ImportNote(source, "", path + " differs in " + String.join(", ", other) + "; Ferry "
                            + "keeps " + present.keySet().iterator().next() + "'s for every environment"));
                }
            }
        }
        notes.addAll(mergeNotes);
        for (Map.Entry<String, ObjectNode> entry : documents.entrySet()) {
            ObjectNode document = entry.getValue();
            if (Kind.ASSISTANT.spelling().equals(document.path("kind").asString(""))) {
                PromptFiles.extract((ObjectNode) document.get("spec"), document.path("metadata").path("name")
                        .asString(), files);
            }
            files.put(entry.getKey(), CanonicalYamlWriter.write(document).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** The gitops file behind a repo file; a prompt file is its assistant's. */
    private static String sourceOf(String path, Map<String, String> sources) {
        if (path.startsWith("prompts/") && path.endsWith(".md")) {
            String slug = path.substring("prompts/".length(), path.length() - ".md".length());
            return sources.getOrDefault(Kind.ASSISTANT.folder() + "/" + slug + ".yaml", path);
        }
        return sources.getOrDefault(path, path);
    }

    private static ObjectNode parse(ExportFile file) {
        try {
            return (ObjectNode) YamlReader.read(file.content(), file.path()).root();
        } catch (YamlException e) {
            throw new IllegalStateException("export wrote " + file.path() + " so that it cannot be read back; "
                    + "this is a bug: " + e.getMessage(), e);
        }
    }

    /** An export note about a field ({@code spec.model.toolIds[0] refers to ...}) as a gitops field and a message. */
    private static ImportNote fromExport(String file, String exported) {
        // What export calls "not exported" is, seen from here, a file the gitops folder does not have.
        String message = exported.replace(", which is not exported;", ", which is not in the gitops folder;");
        int space = message.indexOf(' ');
        if (message.startsWith("spec.") && space > 0) {
            return new ImportNote(file, message.substring("spec.".length(), space), message.substring(space + 1));
        }
        return new ImportNote(file, "", message);
    }

    /** A JSON Pointer as the dotted path of a gitops file's field. */
    private static String field(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
                path.append('[').append(token).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(token.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    static String project(Path base) {
        Path name = base.getFileName();
        String slug = name == null ? "" : Slugs.of(name.toString());
        if (slug.length() > 30) {
            slug = slug.substring(0, 30).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "platform" : slug;
    }
}
