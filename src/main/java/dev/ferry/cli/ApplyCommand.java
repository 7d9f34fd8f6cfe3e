package dev.ferry.cli;

import dev.ferry.apply.Apply;
import dev.ferry.apply.ApplyRequest;
import dev.ferry.apply.ApplyResult;
import dev.ferry.apply.Approval;
import dev.ferry.config.ProcessEnv;
import dev.ferry.config.RepoLocator;
import dev.ferry.vapi.TimeSource;
import dev.ferry.workspace.Connections;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ferry apply --env E}: makes an org match Git, after guards, a plan and approval. */
@Command(name = "apply", description = {
    "Make one environment's org match Git: plan (or take a saved plan), check the guards, ask, back up, write.",
    "Every request is recorded in .ferry/runs/<run-id>/audit.jsonl; the ledger state/<env>.json is updated."})
final class ApplyCommand extends ContextCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "E", description = "The environment to write.")
    String environment;

    @Parameters(paramLabel = "SLUG", arity = "0..*", description = "Only these resources (and what they need).")
    List<String> slugs = new ArrayList<>();

    @Option(names = "--plan", paramLabel = "FILE", description = "Carry out this saved plan; refused when stale.")
    Path planFile;

    @Option(names = "--approve", description = "Approve the plan without asking.")
    boolean approve;

    @Option(names = "--prune", description = "Delete what the ledger manages and Git no longer has.")
    boolean prune;

    @Option(names = "--ticket", paramLabel = "T", description = "The change ticket, recorded in the run.")
    String ticket;

    @Option(names = "--approved-by", paramLabel = "NAME", split = ",",
            description = "Who approved, recorded in the run.")
    List<String> approvers = new ArrayList<>();

    @Option(names = "--confirm", paramLabel = "ITEM", split = ",", description = "Confirmations: empty-org, "
            + "expected-changes, monitoring, mass-delete.")
    List<String> confirmations = new ArrayList<>();

    @Override
    public Integer call() {
        Path root = RepoLocator.locate(parent.global.workingDirectory());
        Path plan = planFile == null ? null : parent.global.workingDirectory().resolve(planFile);
        ApplyRequest request = ApplyRequest.apply(root, environment, slugs, prune, plan, approve, ticket, approvers,
                new LinkedHashSet<>(confirmations));
        return run(request, root, env, terminal, spec);
    }

    /** Shared with {@code rollback --to}, which is an apply of an older revision. */
    static int run(ApplyRequest request, Path root, Map<String, String> env, Terminal terminal, CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Apply apply = new Apply(ProcessEnv.of(env), listener -> new Connections(root, env,
                builder -> builder.exchangeListener(listener)), Clock.systemUTC(), TimeSource.system());
        ApplyResult result = apply.run(request, approval(terminal, err), out::println, err::println);
        return result.exitCode();
    }

    private static Approval approval(Terminal terminal, PrintWriter err) {
        if (!terminal.interactive() || System.console() == null) {
            return Approval.NONE;
        }
        return new Approval() {
            @Override
            public boolean canAsk() {
                return true;
            }

            @Override
            public boolean ask(String question) {
                err.flush();
                String answer = System.console().readLine("%s", question);
                return answer != null && answer.strip().equals("yes");
            }
        };
    }
}
