package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.config.ProcessEnv;
import dev.ferry.config.RepoLocator;
import dev.ferry.plan.EnvironmentSession;
import dev.ferry.plan.Plan;
import dev.ferry.plan.PlanFile;
import dev.ferry.plan.PlanOptions;
import dev.ferry.plan.PlanText;
import dev.ferry.plan.Planner;
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

/** {@code ferry plan --env E [SLUG...]}: what apply would do, read fresh from the org; writes nothing there. */
@Command(name = "plan", description = {
    "Show what apply would change in one environment: create, update (field by field), replace, delete.",
    "Reads the org fresh; resolves secrets in memory to check them; writes nothing to the org."})
final class PlanCommand extends ContextCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "E", description = "The environment to plan for.")
    String environment;

    @Parameters(paramLabel = "SLUG", arity = "0..*", description = "Only these resources (and what they need).")
    List<String> slugs = new ArrayList<>();

    @Option(names = "--rev", paramLabel = "REV", description = "Render the repo at this Git revision instead of the "
            + "working tree (the tree is not touched).")
    String revision;

    @Option(names = "--out", paramLabel = "FILE", description = "Save the plan for apply --plan.")
    Path out;

    @Option(names = "--detailed-exitcode", description = "Exit 4 when the plan changes anything.")
    boolean detailedExitCode;

    @Option(names = "--prune", description = "Delete what the ledger manages and Git no longer has.")
    boolean prune;

    @Option(names = {"-v", "--verbose"}, description = "List unchanged resources too.")
    boolean verbose;

    @Override
    public Integer call() {
        Path root = RepoLocator.locate(parent.global.workingDirectory());
        PrintWriter err = spec.commandLine().getErr();
        Plan plan;
        try (Connections connections = new Connections(root, env);
                EnvironmentSession session = EnvironmentSession.open(root, environment, revision, connections,
                        ProcessEnv.of(env), true)) {
            session.notices().forEach(notice -> err.println("note: " + notice));
            plan = new Planner(Clock.systemUTC()).planFresh(session, new PlanOptions(slugs, prune));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (parent.global.output == OutputFormat.text) {
            PlanText.lines(plan, verbose).forEach(stdout::println);
        } else {
            stdout.print(PlanFile.toText(plan));
        }
        if (out != null) {
            PlanFile.write(plan, parent.global.workingDirectory().resolve(out));
            err.println("saved the plan to " + out + "; apply it with ferry apply --env " + environment + " --plan "
                    + out);
        }
        return detailedExitCode && plan.hasChanges() ? ExitCode.DIFFERENCES : ExitCode.OK;
    }
}
