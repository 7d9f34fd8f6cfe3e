package dev.ferry.cli;

import dev.ferry.config.RepoLocator;
import dev.ferry.runs.RunRecord;
import dev.ferry.runs.Runs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code ferry runs [show ID]}: the runs kept in {@code .ferry/runs}, newest first, or one of them in full. */
@Command(name = "runs", description = {"List the runs of apply and rollback kept in .ferry/runs, newest first.",
    "'ferry runs show ID' prints one (a unique prefix of the id is enough)."})
final class RunsCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "show", description = "show")
    String verb;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "The run to show.")
    String id;

    @Override
    public Integer call() throws IOException {
        Path root = RepoLocator.locate(parent.global.workingDirectory());
        PrintWriter out = spec.commandLine().getOut();
        JsonMapper json = JsonMapper.builder().build();
        if (verb == null) {
            List<RunRecord> runs = Runs.list(root);
            if (parent.global.output != OutputFormat.text) {
                ArrayNode list = json.createArrayNode();
                runs.forEach(run -> list.add(run.toJson()));
                out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(list));
                return 0;
            }
            for (RunRecord run : runs) {
                ObjectNode record = run.toJson();
                out.println(String.format("%-34s %-5s %-8s %-16s %s%s", record.path("id").asString(),
                        record.path("environment").asString(), record.path("command").asString(),
                        record.path("outcome").asString(), record.path("startedAt").asString(),
                        record.path("ticket").isString() ? "  ticket " + record.get("ticket").asString() : ""));
            }
            if (runs.isEmpty()) {
                spec.commandLine().getErr().println("no runs yet in .ferry/runs");
            }
            return 0;
        }
        if (!verb.equals("show") || id == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "use 'ferry runs' or 'ferry runs show ID'");
        }
        RunRecord run = Runs.show(root, id);
        Path folder = Runs.folder(root, id);
        if (parent.global.output != OutputFormat.text) {
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(run.toJson()));
            return 0;
        }
        ObjectNode record = run.toJson();
        out.println("run " + record.path("id").asString() + ": " + record.path("command").asString() + " of "
                + record.path("environment").asString() + ", " + record.path("outcome").asString());
        out.println("  started " + record.path("startedAt").asString() + ", finished "
                + record.path("finishedAt").asString("(not finished)"));
        out.println("  git " + record.path("gitSha").asString("(none)") + (record.path("gitDirty").asBoolean()
                ? " with uncommitted changes" : ""));
        out.println("  ticket " + record.path("ticket").asString("(none)") + ", approved by "
                + (record.path("approvedBy").isEmpty() ? "(nobody named)" : join(record.path("approvedBy"))));
        if (!record.path("confirmations").isEmpty()) {
            out.println("  confirmed " + join(record.path("confirmations")));
        }
        record.path("checklist").forEach(item -> out.println("  checklist [" + item.path("state").asString() + "] "
                + item.path("item").asString()));
        run.doneLines().forEach(line -> out.println("  done: " + line));
        record.path("notDone").forEach(line -> out.println("  not done: " + line.asString()));
        if (record.path("message").isString()) {
            out.println("  message: " + record.get("message").asString());
        }
        out.println("  audit: " + lines(folder.resolve("audit.jsonl")) + " request(s) in " + root.relativize(
                folder.resolve("audit.jsonl")));
        out.println("  backup: " + count(folder.resolve("backup")) + " object(s) in " + root.relativize(
                folder.resolve("backup")));
        return 0;
    }

    private static String join(tools.jackson.databind.JsonNode array) {
        List<String> items = new java.util.ArrayList<>();
        array.forEach(item -> items.add(item.asString()));
        return String.join(", ", items);
    }

    private static long lines(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllLines(file).size() : 0;
    }

    private static long count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
