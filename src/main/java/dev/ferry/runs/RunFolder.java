package dev.ferry.runs;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run's folder, {@code .ferry/runs/<run-id>/}: the plan it carried out ({@code plan.json}), what it
 * found before its first write ({@code backup/<target>/<key>.json}, secrets as references), every
 * request ({@code audit.jsonl}), its record ({@code run.json}: ticket, approvers, checklist, outcome)
 * and a summary for people ({@code summary.txt}). Nothing written here holds a secret value.
 */
public final class RunFolder implements AutoCloseable {
    /** Where runs live inside a platform repo; gitignored. */
    public static final Path RUNS = Path.of(".ferry", "runs");

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String id;
    private final Path path;
    private final AuditLog audit;

    private RunFolder(String id, Path path) {
        this.id = id;
        this.path = path;
        this.audit = new AuditLog(path.resolve("audit.jsonl"));
    }

    /** A new run of {@code command} on {@code environment}: {@code 20260601T101500Z-dev-apply-3f9c}. */
    public static RunFolder create(Path root, String environment, String command, Clock clock) {
        String id = STAMP.format(clock.instant()) + "-" + environment + "-" + command + "-"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        Path path = root.resolve(RUNS).resolve(id);
        try {
            Files.createDirectories(path.resolve("backup"));
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot create the run folder " + root.relativize(path) + ": "
                    + e.getMessage(), e);
        }
        return new RunFolder(id, path);
    }

    public String id() {
        return id;
    }

    public Path path() {
        return path;
    }

    public AuditLog audit() {
        return audit;
    }

    public void writePlan(String planText) {
        write(path.resolve("plan.json"), planText);
    }

    /** Saves one object as it was before the run changed it; {@code backup} must already be free of secrets. */
    public void writeBackup(String target, String key, JsonNode backup) {
        Path file = path.resolve("backup").resolve(target).resolve(key.replace('/', '_') + ".json");
        write(file, JSON.writeValueAsString(backup) + "\n");
    }

    public void writeRecord(RunRecord record) {
        write(path.resolve("run.json"), JSON.writeValueAsString(record.toJson()) + "\n");
    }

    public void writeSummary(List<String> lines) {
        write(path.resolve("summary.txt"), String.join("\n", lines) + "\n");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        audit.close();
    }
}
