package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.config.RepoLocator;
import dev.ferry.promote.Promotion;
import dev.ferry.workspace.Connections;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ferry promote --from E --to E SLUG...}: stage resources of one environment into Git on a new branch. */
@Command(name = "promote", description = {
    "Stage resources of one environment into Git on a new branch.",
    "Exports them from --from over the repo at HEAD (params turned back into $${params...}), checks the result",
    "and commits it on ferry/promote/<slug>-<date>. The working tree and index are not touched; nothing is",
    "pushed. Review the branch, then plan --to with --rev."})
final class PromoteCommand extends ContextCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "E", description = "The environment to promote from.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "E", description = "The environment it is headed for.")
    String to;

    @Option(names = "--branch", paramLabel = "B", description = "Branch name (default: ferry/promote/<slug>-<date>).")
    String branch;

    @Option(names = {"--message", "-m"}, paramLabel = "M", description = "Commit message.")
    String message;

    @Parameters(paramLabel = "SLUG", arity = "1..*", description = "The resources to promote.")
    List<String> slugs = new ArrayList<>();

    @Override
    public Integer call() {
        Path root = RepoLocator.locate(parent.global.workingDirectory());
        Promotion.Result result;
        try (Connections connections = new Connections(root, env)) {
            result = Promotion.stage(root, connections, from, to, slugs, branch, message, Clock.systemDefaultZone());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(result.branch() + " " + result.commit());
        result.files().forEach(file -> out.println("  " + file));
        PrintWriter err = spec.commandLine().getErr();
        result.notes().forEach(note -> err.println("note: " + note));
        err.println("Committed " + result.files().size() + " file(s) on " + result.branch() + "; your working tree "
                + "is unchanged. Next: ferry plan --env " + to + " --rev " + result.branch());
        return ExitCode.OK;
    }
}
