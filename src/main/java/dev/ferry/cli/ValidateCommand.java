package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.config.RepoLocator;
import dev.ferry.schema.RepoValidator;
import dev.ferry.schema.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ferry validate [DIR]}: schemas and lint, with no network and no secrets; writes nothing. */
@Command(name = "validate", description = {
    "Check the platform repo against Ferry's schemas and lint rules.",
    "Needs no network and no secrets, and writes nothing. Exit 0 when there is no error, 3 when there is one."})
final class ValidateCommand extends ContextCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "The platform repo (default: the current folder or the nearest parent with environments.yaml).")
    Path directory;

    @Override
    public Integer call() {
        GlobalOptions global = parent.global;
        Path start = directory == null ? global.workingDirectory() : global.workingDirectory().resolve(directory);
        Path root = RepoLocator.locate(start);
        ValidationReport report = new RepoValidator().validate(root, LocalDate.now(ZoneOffset.UTC));
        switch (global.output) {
            case text -> FindingPrinter.printText(report, spec.commandLine().getErr(), terminal.color(global));
            case json -> FindingPrinter.printJson(report, spec.commandLine().getOut());
            case yaml -> FindingPrinter.printYaml(report, spec.commandLine().getOut());
        }
        return report.isValid() ? ExitCode.OK : ExitCode.INVALID_CONFIG;
    }
}
