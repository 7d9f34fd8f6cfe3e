package dev.ferry.runs;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;

/** The runs kept in a platform repo, newest first, for {@code ferry runs} and {@code rollback --run}. */
public final class Runs {
    private Runs() {}

    public static List<RunRecord> list(Path root) {
        Path folder = root.resolve(RunFolder.RUNS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<RunRecord> records = new ArrayList<>();
        try (Stream<Path> runs = Files.list(folder)) {
            for (Path run : runs.sorted(Comparator.reverseOrder()).toList()) {
                read(run).ifPresent(records::add);
            }
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot list " + RunFolder.RUNS + ": " + e.getMessage(), e);
        }
        // Two runs can start within one second, which the ids do not tell apart; their records do.
        records.sort(java.util.Comparator.comparing((RunRecord record) -> record.toJson().path("startedAt")
                .asString()).reversed());
        return records;
    }

    /** The folder of run {@code id}; a unique prefix of the id is enough. */
    public static Path folder(Path root, String id) {
        Path folder = root.resolve(RunFolder.RUNS);
        if (Files.isDirectory(folder.resolve(id))) {
            return folder.resolve(id);
        }
        List<Path> matches;
        try (Stream<Path> runs = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            matches = runs.filter(run -> run.getFileName().toString().startsWith(id)).toList();
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot list " + RunFolder.RUNS + ": " + e.getMessage(), e);
        }
        if (matches.size() != 1) {
            throw new FerryException(ExitCode.USAGE, matches.isEmpty() ? "no run '" + id + "' in " + RunFolder.RUNS
                    + "; ferry runs lists them" : "run '" + id + "' is ambiguous: " + matches.size() + " runs match");
        }
        return matches.get(0);
    }

    public static RunRecord show(Path root, String id) {
        Path run = folder(root, id);
        return read(run).orElseThrow(() -> new FerryException(ExitCode.ERROR, "run " + run.getFileName()
                + " has no readable run.json"));
    }

    private static java.util.Optional<RunRecord> read(Path run) {
        Path file = run.resolve("run.json");
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(RunRecord.of(RunFolder.JSON.readTree(file.toFile())));
        } catch (JacksonException e) {
            return java.util.Optional.empty();
        }
    }
}
