package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.config.RepoLocator;
import dev.ferry.export.FormatReport;
import dev.ferry.export.FormattedFile;
import dev.ferry.export.Formatter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ferry fmt [--check] [FILE...]}: canonical YAML for resource files, keeping sugar, params and comments. */
@Command(name = "fmt", description = {
    "Rewrite resource files in canonical YAML: block style, fixed key order, safe quoting.",
    "Values, sugar, params and comments stay as they are. Without FILE, every resource file of the repo.",
    "Exit 0 when done or nothing would change, 4 when --check finds files to change, 3 when a file",
    "cannot be read or formatted safely (it is left as it is)."})
final class FmtCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "List the files that would change and write nothing.")
    boolean check;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files to format (default: the whole repo).")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        Path base = parent.global.workingDirectory();
        Formatter formatter = new Formatter();
        FormatReport report = files.isEmpty() ? formatter.plan(RepoLocator.locate(base)) : formatter.plan(base, files);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        report.problems().forEach(problem -> err.println(problem.format()));
        List<FormattedFile> changed = report.changed();
        if (check) {
            changed.forEach(file -> out.println(file.name()));
            if (!changed.isEmpty()) {
                err.println(changed.size() + (changed.size() == 1 ? " file needs" : " files need")
                        + " formatting; run 'ferry fmt' to rewrite " + (changed.size() == 1 ? "it" : "them"));
            }
        } else {
            formatter.write(report).forEach(name -> out.println("formatted " + name));
        }
        if (report.hasErrors()) {
            return ExitCode.INVALID_CONFIG;
        }
        return check && !changed.isEmpty() ? ExitCode.DIFFERENCES : ExitCode.OK;
    }
}
