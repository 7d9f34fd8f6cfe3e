package dev.ferry.cli;

import dev.ferry.apply.ApplyRequest;
import dev.ferry.config.RepoLocator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ferry rollback --env E (--to REV | --run ID)}: an apply of an older revision, read from Git history,
 * or the restore of a run's backup. Both show their plan first and go through the same guards as apply.
 */
@Command(name = "rollback", description = {
    "Put an environment back to a Git revision (--to REV) or undo one run (--run ID).",
    "--to renders the repo from Git history without touching the working tree; --run restores what that run",
    "changed from the backup it took before its first write. Both show a plan first, as apply does."})
final class RollbackCommand extends ContextCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "E", description = "The environment to put back.")
    String environment;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Exactly one of a revision or a run. */
    static final class Source {
        @Option(names = "--to", paramLabel = "REV", description = "The Git revision to apply.")
        String revision;

        @Option(names = "--run", paramLabel = "ID", description = "The run whose changes to undo.")
        String run;
    }

    @Option(names = "--approve", description = "Approve the plan without asking.")
    boolean approve;

    @Option(names = "--prune", description = "With --to: delete what the ledger manages and that revision lacks.")
    boolean prune;

    @Option(names = "--ticket", paramLabel = "T", description = "The change ticket, recorded in the run.")
    String ticket;

    @Option(names = "--approved-by", paramLabel = "NAME", split = ",", description = "Who approved.")
    List<String> approvers = new ArrayList<>();

    @Option(names = "--confirm", paramLabel = "ITEM", split = ",", description = "Confirmations, as for apply.")
    List<String> confirmations = new ArrayList<>();

    @Override
    public Integer call() {
        Path root = RepoLocator.locate(parent.global.workingDirectory());
        ApplyRequest request = new ApplyRequest(root, environment, List.of(), prune && source.run == null, null,
                approve, ticket, approvers, new LinkedHashSet<>(confirmations), source.revision, "rollback",
                source.run);
        return ApplyCommand.run(request, root, env, terminal, spec);
    }
}
