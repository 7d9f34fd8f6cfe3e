package dev.ferry.cli;

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
        description = "Vapi configuration as code, across dev, uat and prod.",
        subcommands = {ValidateCommand.class, InitCommand.class, SchemasCommand.class, SandboxCommand.class,
            DiffCommand.class, PlanCommand.class, ApplyCommand.class, DriftCommand.class, RunsCommand.class,
            RollbackCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 error, 2 usage, 3 invalid configuration, 4 differences,",
            "5 refused by a guard, 6 tests failed, 7 apply stopped part-way."})
final class FerryCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
