package dev.ferry.export;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.yaml.CanonicalYamlWriter;
import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlLayout;
import dev.ferry.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of an export: the files it would write (path to content), what the user should
 * know ({@link #notes}), the secret references they must fill ({@link #secrets}) and the ids
 * each exported object keeps ({@link #objects}). Nothing is on disk until {@link #write}; a
 * caller shows {@link #preview} first.
 */
public final class ExportPlan {
    private final List<ExportFile> files;
    private final List<ExportNote> notes;
    private final List<SecretReference> secrets;
    private final List<ExportedObject> objects;
    private final Set<String> inSync;

    ExportPlan(List<ExportFile> files, List<ExportNote> notes, List<SecretReference> secrets,
            List<ExportedObject> objects) {
        this(files, notes, secrets, objects, Set.of());
    }

    /**
     * @param inSync files of objects whose repo document already says what the org has: where such a
     *     file exists it is left as it is, since writing the export over it would only undo its sugar
     *     (a prompt file, a policy ref); written elsewhere ({@code --out}) they are written whole
     */
    ExportPlan(List<ExportFile> files, List<ExportNote> notes, List<SecretReference> secrets,
            List<ExportedObject> objects, Set<String> inSync) {
        this.files = List.copyOf(files);
        this.notes = List.copyOf(notes);
        this.secrets = List.copyOf(secrets);
        this.objects = List.copyOf(objects);
        this.inSync = Set.copyOf(inSync);
    }

    /** The files, sorted by path. */
    public List<ExportFile> files() {
        return files;
    }

    public List<ExportNote> notes() {
        return notes;
    }

    public List<SecretReference> secrets() {
        return secrets;
    }

    public List<ExportedObject> objects() {
        return objects;
    }

    /** What {@link #write} would do to each file, without touching the disk. */
    public List<FileChange> preview(Path repo, boolean force) {
        return decide(repo, force).stream().map(Decision::change).toList();
    }

    /**
     * Writes the plan into {@code repo}, each file atomically. An existing file that says
     * something else is overwritten only with {@code force}, and then its comments and key order
     * are kept where its entries remain. Without {@code force}, one such file stops the whole
     * write before anything is written.
     *
     * @throws FerryException with {@link ExitCode#REFUSED} when files would be overwritten
     *     without {@code force}, or {@link ExitCode#ERROR} when an existing file cannot be read
     */
    public List<FileChange> write(Path repo, boolean force) {
        List<Decision> decisions = decide(repo, force);
        List<String> conflicts = decisions.stream().filter(d -> d.change().action() == FileChange.Action.CONFLICT)
                .map(d -> d.change().path()).toList();
        if (!conflicts.isEmpty()) {
            throw new FerryException(ExitCode.REFUSED, "export would overwrite " + conflicts.size() + " existing "
                    + (conflicts.size() == 1 ? "file" : "files") + " with other content: "
                    + String.join(", ", conflicts)
                    + "; nothing was written. Run again with --force to overwrite (comments in them are kept)");
        }
        for (Decision decision : decisions) {
            FileChange.Action action = decision.change().action();
            if (action == FileChange.Action.CREATE || action == FileChange.Action.OVERWRITE) {
                AtomicFiles.write(repo.resolve(decision.change().path()), decision.content());
            }
        }
        return decisions.stream().map(Decision::change).toList();
    }

    /**
     * Writes the plan into {@code repo} with a choice per file that exists with other content
     * ({@link #preview} marks them {@link FileChange.Action#CONFLICT}). A kept file is reported
     * unchanged; a file written beside gets its own {@link FileChange.Action#CREATE} under the
     * sibling name. Every file is decided before the first is written, so a missing choice or an
     * existing file that cannot be merged writes nothing.
     *
     * @throws FerryException with {@link ExitCode#REFUSED} when a conflicting file has no choice,
     *     or {@link ExitCode#ERROR} when a file to overwrite cannot be read or merged
     */
    public List<FileChange> write(Path repo, Map<String, ConflictChoice> choices) {
        List<Decision> decisions = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        for (Decision decision : decide(repo, false)) {
            String path = decision.change().path();
            if (decision.change().action() != FileChange.Action.CONFLICT) {
                decisions.add(decision);
                continue;
            }
            ExportFile file = file(path);
            ConflictChoice choice = choices.get(path);
            if (choice == null) {
                undecided.add(path);
            } else if (choice == ConflictChoice.KEEP) {
                decisions.add(new Decision(new FileChange(path, FileChange.Action.UNCHANGED,
                        List.of("kept as it was")), null));
            } else if (choice == ConflictChoice.BESIDE) {
                String sibling = besideName(repo, path);
                decisions.add(new Decision(new FileChange(sibling, FileChange.Action.CREATE,
                        List.of("beside " + path + ", which was kept")), file.contentShared()));
            } else {
                decisions.add(file.isDocument() ? merge(file, read(repo.resolve(path)))
                        : new Decision(new FileChange(path, FileChange.Action.OVERWRITE, List.of()),
                                file.contentShared()));
            }
        }
        if (!undecided.isEmpty()) {
            throw new FerryException(ExitCode.REFUSED, "no choice for " + String.join(", ", undecided)
                    + (undecided.size() == 1 ? ", which already exists" : ", which already exist")
                    + " with other content; nothing was written");
        }
        for (Decision decision : decisions) {
            if (decision.content() != null) {
                AtomicFiles.write(repo.resolve(decision.change().path()), decision.content());
            }
        }
        return decisions.stream().map(Decision::change).toList();
    }

    /**
     * The text overwriting {@code file}'s existing copy in {@code repo} would leave there: for a
     * resource document, the export laid into the file with its comments kept. For previews.
     *
     * @throws FerryException with {@link ExitCode#ERROR} when the existing file cannot be merged
     */
    public String overwriteText(Path repo, ExportFile file) {
        byte[] existing = read(repo.resolve(file.path()));
        byte[] result = file.isDocument() ? merge(file, existing).content() : file.contentShared();
        return new String(result, StandardCharsets.UTF_8);
    }

    /** The name a file written beside {@code path} gets: {@code path.new}, or {@code path.new2} and on when taken. */
    public static String besideName(Path repo, String path) {
        String name = path + ".new";
        for (int n = 2; Files.exists(repo.resolve(name)); n++) {
            name = path + ".new" + n;
        }
        return name;
    }

    private ExportFile file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    private record Decision(FileChange change, byte[] content) {}

    private List<Decision> decide(Path repo, boolean force) {
        List<Decision> decisions = new ArrayList<>();
        for (ExportFile file : files) {
            Path target = repo.resolve(file.path());
            if (!Files.exists(target)) {
                decisions.add(new Decision(new FileChange(file.path(), FileChange.Action.CREATE, List.of()),
                        file.contentShared()));
                continue;
            }
            byte[] existing = read(target);
            if (inSync.contains(file.path()) || Arrays.equals(existing, file.contentShared())
                    || file.isDocument() && sameDocument(file, existing)) {
                decisions.add(new Decision(new FileChange(file.path(), FileChange.Action.UNCHANGED, List.of()), null));
            } else if (!force) {
                decisions.add(new Decision(new FileChange(file.path(), FileChange.Action.CONFLICT, List.of()), null));
            } else if (file.isDocument()) {
                decisions.add(merge(file, existing));
            } else {
                decisions.add(new Decision(new FileChange(file.path(), FileChange.Action.OVERWRITE, List.of()),
                        file.contentShared()));
            }
        }
        return decisions;
    }

    private static boolean sameDocument(ExportFile file, byte[] existing) {
        try {
            JsonNode existingRoot = YamlReader.read(existing, file.path()).root();
            return SameContent.of(keepingMetadata(file.document(), existingRoot), existingRoot);
        } catch (YamlException e) {
            return false;
        }
    }

    /**
     * Metadata only a document holds, such as its description and labels: an org never returns it, so
     * the export of a resource that has a file keeps the entries of that file's metadata it does not set.
     */
    private static JsonNode keepingMetadata(JsonNode exported, JsonNode existing) {
        if (!(exported instanceof ObjectNode document) || !(existing.path("metadata") instanceof ObjectNode kept)) {
            return exported;
        }
        ObjectNode copy = document.deepCopy();
        ObjectNode metadata = copy.path("metadata") instanceof ObjectNode own ? own : copy.putObject("metadata");
        for (var entry : kept.properties()) {
            if (!metadata.has(entry.getKey())) {
                metadata.set(entry.getKey(), entry.getValue().deepCopy());
            }
        }
        return copy;
    }

    /** The new document laid into the existing file: its comments and key order where entries remain. */
    private static Decision merge(ExportFile file, byte[] existing) {
        String text = new String(existing, StandardCharsets.UTF_8);
        YamlLayout layout;
        JsonNode document;
        try {
            document = keepingMetadata(file.document(), YamlReader.read(existing, file.path()).root());
            layout = YamlLayout.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (YamlException e) {
            throw new FerryException(ExitCode.ERROR, file.path() + ":" + e.position().line() + ":"
                    + e.position().column() + ": " + e.getMessage() + "; export cannot keep this file's comments, so "
                    + "it writes nothing. Fix the file or move it away, then export again");
        }
        String merged = CanonicalYamlWriter.merge(document, layout);
        if (!sameDocument(file, merged.getBytes(StandardCharsets.UTF_8))) {
            throw new IllegalStateException("merging into " + file.path() + " changed the document; this is a bug");
        }
        List<String> messages = new ArrayList<>();
        for (Map.Entry<String, List<String>> orphan : layout.orphanedBy(document).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            messages.add("comment removed together with " + dotted(orphan.getKey()));
        }
        return new Decision(new FileChange(file.path(), FileChange.Action.OVERWRITE, messages),
                merged.getBytes(StandardCharsets.UTF_8));
    }

    private static String dotted(String pointer) {
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

    private static byte[] read(Path target) {
        try {
            return Files.readAllBytes(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target + ": " + e.getMessage(), e);
        }
    }
}
