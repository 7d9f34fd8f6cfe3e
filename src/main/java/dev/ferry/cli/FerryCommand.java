package dev.ferry.cli;

import dev.ferry.config.RepoLocator;
import dev.ferry.tui.WorkbenchLauncher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code ferry} command: global options and the list of subcommands. */
@Command(
        name = "ferry",
        // Inherited so that every subcommand has the --help its usage hints point at, and the same footer.
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Vapi configuration as code, across dev, uat and prod.",
            "Without a command, opens the workbench on the platform repo here (or -C DIR)."},
        subcommands = {
            ValidateCommand.class,
            InitCommand.class,
            SchemasCommand.class,
            FmtCommand.class,
            RenderCommand.class,
            DiffCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            PromoteCommand.class,
            PlanCommand.class,
            ApplyCommand.class,
            DriftCommand.class,
            RunsCommand.class,
            RollbackCommand.class,
            SandboxCommand.class,
            DemoCommand.class,
            TestCommand.class,
            ShellCommand.class,
            CompletionCommand.class,
            CompleteCommand.class,
            TrainingCommand.class,
        },
        footer = {"", "Exit codes: 0 ok, 1 error, 2 usage, 3 invalid configuration, 4 differences,",
            "5 refused by a guard, 6 tests failed, 7 apply stopped part-way."})
final class FerryCommand implements Callable<Integer>, Factory.NeedsContext {
    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Spec
    CommandSpec spec;

    private Map<String, String> env = Map.of();

    @Override
    public void setContext(Map<String, String> env, Terminal terminal) {
        this.env = env;
    }

    /** Without a subcommand: the workbench on the repo here (or -C DIR), or a pointer to the commands. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!WorkbenchLauncher.hasTerminal(env)) {
            return WorkbenchLauncher.run(null, env, null, err);
        }
        Path root = RepoLocator.locate(global.workingDirectory());
        Path home = FerryHome.of(env);
        return WorkbenchLauncher.run(root, env, home, err);
    }
}
