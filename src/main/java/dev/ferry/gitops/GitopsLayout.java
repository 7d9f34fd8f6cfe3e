package dev.ferry.gitops;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.export.Slugs;
import dev.ferry.render.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a repository of Vapi's gitops tool keeps what. Either one folder per environment
 * ({@code resources/<env>/assistants/...}) or one set of files for every environment
 * ({@code resources/assistants/...}), whose environments are then named by the state files
 * {@code .vapi-state.<env>.json} (or {@code dev} when there are none). Everything else found is a
 * note: state files and ignore files, folders of kinds Ferry does not manage, stray files.
 */
final class GitopsLayout {
    /** The kind folders gitops writes, and the kind of object each holds. */
    static final Map<String, Target> KIND_FOLDERS = Map.of("assistants", Target.ASSISTANT, "tools", Target.TOOL,
            "squads", Target.SQUAD, "structuredOutputs", Target.STRUCTURED_OUTPUT);

    private static final Pattern STATE_FILE = Pattern.compile("\\.vapi-state\\.(.+)\\.json");
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-z][a-z0-9-]{0,29}");

    /** One environment: its name in Ferry, and the folders that hold its kind folders (its own, then shared ones). */
    record Environment(String name, String folder, List<Path> roots) {
        Environment {
            roots = List.copyOf(roots);
        }
    }

    private final Path base;
    private final List<Environment> environments;
    private final List<ImportNote> notes;

    private GitopsLayout(Path base, List<Environment> environments, List<ImportNote> notes) {
        this.base = base;
        this.environments = List.copyOf(environments);
        this.notes = List.copyOf(notes);
    }

    Path base() {
        return base;
    }

    /** The environments in promotion order: dev first, prod last. */
    List<Environment> environments() {
        return environments;
    }

    List<ImportNote> notes() {
        return notes;
    }

    /** A file's path relative to the imported folder, with forward slashes, as every message names it. */
    String relative(Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }

    static GitopsLayout of(Path base) {
        if (!Files.isDirectory(base)) {
            throw new FerryException(ExitCode.USAGE, base + ": no such folder to import");
        }
        Path resources = Files.isDirectory(base.resolve("resources")) ? base.resolve("resources") : base;
        List<ImportNote> notes = new ArrayList<>();
        boolean shared = KIND_FOLDERS.keySet().stream().anyMatch(kind -> Files.isDirectory(resources.resolve(kind)));
        List<Path> environmentFolders = new ArrayList<>();
        // Messages name files relative to the imported folder; the layout itself is made at the end.
        GitopsLayout layout = new GitopsLayout(base, List.of(), List.of());
        for (Path child : list(resources)) {
            String name = child.getFileName().toString();
            if (KIND_FOLDERS.containsKey(name)) {
                continue;
            }
            if (Files.isDirectory(child) && KIND_FOLDERS.keySet().stream()
                    .anyMatch(kind -> Files.isDirectory(child.resolve(kind)))) {
                environmentFolders.add(child);
            } else if (Files.isDirectory(child)) {
                walk(child).forEach(file -> notes.add(new ImportNote(layout.relative(file), "",
                        "'" + name + "' is not a kind Ferry manages; not carried over")));
            } else if (!resources.equals(base)) {
                notes.add(strayOrIgnore(layout, child));
            }
        }
        for (Path folder : environmentFolders) {
            notes.addAll(strayFiles(layout, folder));
        }
        List<String> stateEnvironments = stateFiles(base, layout, notes);
        List<Environment> environments = new ArrayList<>();
        List<Path> sharedRoots = shared ? List.of(resources) : List.of();
        if (!environmentFolders.isEmpty()) {
            for (Path folder : environmentFolders) {
                List<Path> roots = new ArrayList<>();
                roots.add(folder);
                roots.addAll(sharedRoots);
                environments.add(new Environment(environmentName(layout, folder), layout.relative(folder), roots));
            }
        } else if (shared) {
            List<String> names = stateEnvironments.isEmpty() ? List.of("dev") : stateEnvironments;
            for (String name : names) {
                environments.add(new Environment(name, layout.relative(resources), sharedRoots));
            }
        } else {
            throw new FerryException(ExitCode.USAGE, base + ": no gitops resources here; expected "
                    + "resources/<env>/assistants/ (one folder per environment) or resources/assistants/ "
                    + "(and tools/, squads/, structuredOutputs/)");
        }
        environments.sort(Comparator.comparingInt((Environment environment) -> rank(environment.name()))
                .thenComparing(Environment::name));
        List<String> seen = new ArrayList<>();
        for (Environment environment : environments) {
            if (seen.contains(environment.name())) {
                throw new FerryException(ExitCode.USAGE, environment.folder() + ": two folders give the environment "
                        + "name '" + environment.name() + "'; rename one of them");
            }
            seen.add(environment.name());
        }
        return new GitopsLayout(base, environments, notes);
    }

    /** The kind folders' files of one environment, in a fixed order. */
    static List<Path> walk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<ImportNote> strayFiles(GitopsLayout layout, Path environmentFolder) {
        List<ImportNote> notes = new ArrayList<>();
        for (Path child : list(environmentFolder)) {
            String name = child.getFileName().toString();
            if (KIND_FOLDERS.containsKey(name)) {
                continue;
            }
            if (Files.isDirectory(child)) {
                walk(child).forEach(file -> notes.add(new ImportNote(layout.relative(file), "",
                        "'" + name + "' is not a kind Ferry manages; not carried over")));
            } else {
                notes.add(strayOrIgnore(layout, child));
            }
        }
        return notes;
    }

    private static ImportNote strayOrIgnore(GitopsLayout layout, Path file) {
        if (file.getFileName().toString().startsWith(".vapi-ignore")) {
            return new ImportNote(layout.relative(file), "", "gitops ignore rules are not carried over; "
                    + "write the ones you need as ignore rules in environments.yaml (with a reason)");
        }
        return new ImportNote(layout.relative(file), "", "not in a kind folder; not carried over");
    }

    /**
     * The environments named by state files. Their ids are not carried over: Ferry finds the
     * objects in each org by name on the first plan. Token files ({@code .env.*}) are never read.
     */
    private static List<String> stateFiles(Path base, GitopsLayout layout, List<ImportNote> notes) {
        List<String> names = new ArrayList<>();
        for (Path child : list(base)) {
            Matcher state = STATE_FILE.matcher(child.getFileName().toString());
            if (Files.isRegularFile(child) && state.matches()) {
                names.add(environmentName(layout, child, state.group(1)));
                notes.add(new ImportNote(layout.relative(child), "", "the ids in this state file are not carried "
                        + "over; Ferry finds each object in the org by its name on the first plan"));
            }
        }
        return names;
    }

    private static String environmentName(GitopsLayout layout, Path folder) {
        return environmentName(layout, folder, folder.getFileName().toString());
    }

    private static String environmentName(GitopsLayout layout, Path where, String given) {
        String name = Slugs.of(given);
        if (!ENVIRONMENT_NAME.matcher(name).matches()) {
            throw new FerryException(ExitCode.USAGE, layout.relative(where) + ": '" + given + "' gives no "
                    + "environment name Ferry accepts (a letter, then letters, digits and dashes, at most 30)");
        }
        return name;
    }

    /** Promotion order: development first, production last, anything unknown in between. */
    static int rank(String environment) {
        return switch (environment) {
            case "dev", "development", "local" -> 0;
            case "test", "qa", "int", "integration" -> 1;
            case "uat", "stg", "stage", "staging", "preprod" -> 3;
            case "prod", "production", "live" -> 4;
            default -> 2;
        };
    }
}
