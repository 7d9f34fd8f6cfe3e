package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.config.ProcessEnv;
import dev.ferry.config.RepoLocator;
import dev.ferry.plan.DriftReport;
import dev.ferry.plan.EnvironmentSession;
import dev.ferry.plan.PlanOptions;
import dev.ferry.plan.Planner;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.LiveSnapshot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code ferry drift --env E}: what changed in the org since the last apply, told apart from what Git changed. */
@Command(name = "drift", description = {
    "Compare one environment's org with what Ferry last applied there (the ledger) and with Git.",
    "Exits 4 when anything drifted, is in conflict, is unmanaged and not ignored, or cannot be told from pending."})
final class DriftCommand extends ContextCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "E", description = "The environment to check.")
    String environment;

    @Override
    public Integer call() {
        Path root = RepoLocator.locate(parent.global.workingDirectory());
        PrintWriter err = spec.commandLine().getErr();
        DriftReport report;
        try (Connections connections = new Connections(root, env);
                EnvironmentSession session = EnvironmentSession.open(root, environment, null, connections,
                        ProcessEnv.of(env), EnvironmentSession.Secrets.IF_AVAILABLE, List.of())) {
            session.notices().forEach(notice -> err.println("note: " + notice));
            LiveSnapshot live = LiveSnapshot.read(environment, session.client());
            var plan = new Planner(Clock.systemUTC()).plan(session, live, PlanOptions.ALL);
            var ledger = session.ledger().snapshot();
            report = new DriftReport(plan, ledger.exists(), ledger.lastApplied());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (parent.global.output == OutputFormat.text) {
            report.lines().forEach(out::println);
        } else {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(report.toJson()));
        }
        return report.needsAttention() ? ExitCode.DIFFERENCES : ExitCode.OK;
    }
}
