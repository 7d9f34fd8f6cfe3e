package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.config.RepoLocator;
import dev.ferry.diff.DiffPrinter;
import dev.ferry.diff.ResourceDiff;
import dev.ferry.workspace.Column;
import dev.ferry.workspace.ColumnDiff;
import dev.ferry.workspace.Connections;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code ferry diff --from A --to B [SLUG...]}: the normalized difference between two columns. */
@Command(name = "diff", description = {
    "Show the normalized difference between two columns.",
    "A column is git (the working tree), git@REV, or an environment. Git columns are rendered for the",
    "environment on the other side, or for --env."})
final class DiffCommand extends ContextCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "A", description = "Left column: git, git@REV or an environment.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "B", description = "Right column: git, git@REV or an environment.")
    String to;

    @Option(names = "--env", paramLabel = "E", description = "Render Git columns for E when neither side is live.")
    String renderFor;

    @Option(names = "--exit-code", description = "Exit 4 when anything differs.")
    boolean exitCode;

    @Parameters(paramLabel = "SLUG", arity = "0..*", description = "Only these resources.")
    List<String> slugs = new ArrayList<>();

    @Override
    public Integer call() {
        Path root = RepoLocator.locate(parent.global.workingDirectory());
        List<ColumnDiff.Pair> pairs;
        try (Connections connections = new Connections(root, env)) {
            pairs = new ColumnDiff(root, connections).compare(Column.parse(from), Column.parse(to), renderFor, slugs);
        }
        List<ColumnDiff.Pair> differing = pairs.stream().filter(ColumnDiff.Pair::differs).toList();
        if (parent.global.output == OutputFormat.text) {
            printText(differing, pairs.size());
        } else {
            printJson(pairs);
        }
        return exitCode && !differing.isEmpty() ? ExitCode.DIFFERENCES : ExitCode.OK;
    }

    private void printText(List<ColumnDiff.Pair> differing, int total) {
        PrintWriter out = spec.commandLine().getOut();
        DiffPrinter printer = new DiffPrinter(width(), terminal.color(parent.global));
        for (ColumnDiff.Pair pair : differing) {
            String title = "=== " + pair.key() + (pair.document() != null && !pair.document().equals(pair.key().key())
                    ? " (" + pair.document() + ")" : "");
            if (pair.left().isEmpty() || pair.right().isEmpty()) {
                // A resource on one side only is listed, not printed whole: render or export shows it.
                out.println(title + "  only in " + (pair.left().isEmpty() ? to : from));
                continue;
            }
            out.println(title + "  " + from + " -> " + to);
            for (String line : printer.print(diffOf(pair), from, to)) {
                out.println(line);
            }
            out.println();
        }
        spec.commandLine().getErr().println(differing.size() + " of " + total + " resource(s) differ between " + from
                + " and " + to);
    }

    private void printJson(List<ColumnDiff.Pair> pairs) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("from", from);
        root.put("to", to);
        ArrayNode list = root.putArray("resources");
        for (ColumnDiff.Pair pair : pairs) {
            ObjectNode item = list.addObject();
            item.put("target", pair.key().target().spelling());
            item.put("key", pair.key().key());
            item.put("document", pair.document());
            item.put("status", pair.left().isEmpty() ? "only-" + to : pair.right().isEmpty() ? "only-" + from
                    : pair.differs() ? "changed" : "same");
            item.set("diff", diffOf(pair).toJson());
        }
        spec.commandLine().getOut().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static ResourceDiff diffOf(ColumnDiff.Pair pair) {
        return ResourceDiff.compare(pair.left().map(c -> (tools.jackson.databind.JsonNode) c.tree()).orElse(null),
                pair.right().map(c -> (tools.jackson.databind.JsonNode) c.tree()).orElse(null),
                CanonicalLines.of(pair.left()), CanonicalLines.of(pair.right()));
    }

    private int width() {
        try {
            return Math.max(DiffPrinter.MIN_WIDTH, Integer.parseInt(env.getOrDefault("COLUMNS", "")));
        } catch (NumberFormatException e) {
            return terminal.interactive() ? DiffPrinter.SIDE_BY_SIDE_WIDTH : 100;
        }
    }
}
