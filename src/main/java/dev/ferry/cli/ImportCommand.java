package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.config.Finding;
import dev.ferry.gitops.GitopsImportException;
import dev.ferry.gitops.GitopsImporter;
import dev.ferry.gitops.ImportNote;
import dev.ferry.gitops.ImportResult;
import dev.ferry.gitops.ImportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ferry import --from-gitops DIR}: a repository of Vapi's gitops tool written as a new
 * platform repo. Prints the files written and, one line each, what could not be carried over.
 */
@Command(name = "import", description = {
    "Turn a repository of Vapi's gitops tool into a new platform repo.",
    "One environment per resources/<env>/ folder (or per .vapi-state.<env>.json for resources/assistants/),",
    "refs instead of file names, prompts in prompts/, values that differ between environments as params.",
    "Writes into a new or empty folder only, all at once; lists what it could not carry over."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--from-gitops", required = true, paramLabel = "DIR",
            description = "The gitops repository (the folder holding resources/).")
    Path from;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the new repo (default: platform); "
            + "must not exist or be empty.")
    Path out;

    @Override
    public Integer call() {
        Path base = parent.global.workingDirectory();
        Path source = base.resolve(from).normalize();
        Path target = base.resolve(out == null ? Path.of("platform") : out).normalize();
        PrintWriter err = spec.commandLine().getErr();
        ImportResult result;
        try {
            result = new GitopsImporter().read(source);
        } catch (GitopsImportException e) {
            for (Finding finding : e.findings()) {
                err.println(finding.format());
            }
            err.println("ferry: " + e.getMessage());
            return ExitCode.INVALID_CONFIG;
        }
        ImportWriter.write(result, target);
        PrintWriter outWriter = spec.commandLine().getOut();
        result.files().keySet().forEach(path -> outWriter.println(target.resolve(path)));
        for (ImportNote note : result.notes()) {
            err.println("not carried over: " + note.format());
        }
        err.println("imported " + result.environments().size() + " environment(s) from " + source + " into "
                + target + ": " + result.files().size() + " file(s), " + result.notes().size()
                + " item(s) not carried over; next: ferry validate " + target);
        return ExitCode.OK;
    }
}
