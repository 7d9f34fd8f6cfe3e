package dev.ferry.cli;

import dev.ferry.config.RepoLocator;
import dev.ferry.transcript.GoldenPathTests;
import dev.ferry.transcript.JUnitReport;
import dev.ferry.transcript.TestReport;
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
import tools.jackson.databind.json.JsonMapper;

/** {@code ferry test --env E}: runs the golden-path transcripts against an environment's assistants. */
@Command(name = "test", description = {
    "Run the golden-path transcripts (tests/<assistant>/*.yaml) through Vapi's chat API in one environment.",
    "The assistants' tools really run there. The verdict is recorded in state/<env>.json.",
    "Exits 0 when every transcript passed, 6 when one failed.",
    "Known limitations: squads are not tested. An apply that saves the ledger at the same moment may drop the verdict.",
    "On the embedded sandbox the replies are scripted (docs/sandbox.md). The transcript format: docs/testing.md."})
final class TestCommand extends ContextCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "E", description = "The environment to test.")
    String environment;

    @Parameters(paramLabel = "SLUG", arity = "0..*", description = "Only the transcripts of these assistants.")
    List<String> slugs = new ArrayList<>();

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE.")
    Path junit;

    @Override
    public Integer call() {
        Path root = RepoLocator.locate(parent.global.workingDirectory());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TestReport report;
        try (Connections connections = new Connections(root, env)) {
            report = new GoldenPathTests(Clock.systemUTC()).run(root, environment, slugs, connections, line -> { });
        }
        if (report.results().isEmpty()) {
            err.println("no transcripts under tests/; nothing to run (see docs/testing.md)");
        }
        if (junit != null) {
            JUnitReport.write(report, parent.global.workingDirectory().resolve(junit));
        }
        if (parent.global.output == OutputFormat.text) {
            report.lines().forEach(out::println);
        } else {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(report.toJson()));
        }
        return report.exitCode();
    }
}
