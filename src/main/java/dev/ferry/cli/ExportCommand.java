package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Kind;
import dev.ferry.config.RepoLocator;
import dev.ferry.export.ExportNote;
import dev.ferry.export.ExportPlan;
import dev.ferry.export.FileChange;
import dev.ferry.export.SecretReference;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.LiveExport;
import dev.ferry.workspace.ProjectState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ferry export --env E}: live objects of an environment written as platform-repo files in
 * canonical YAML. Prints what it would write first; never overwrites a file without --force.
 */
@Command(name = "export", description = {
    "Write live objects of an environment as platform-repo files.",
    "Canonical YAML: ids become refs, secrets become references, long prompts go to prompts/. Prints what it",
    "would write, then writes; a file with other content is overwritten only with --force, keeping comments."})
final class ExportCommand extends ContextCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "E", description = "The environment to export from.")
    String environment;

    @Option(names = "--kind", paramLabel = "K", description = "Only objects of this kind (Assistant, Tool, ...).")
    String kind;

    @Option(names = "--out", paramLabel = "DIR", description = "Write into DIR instead of the platform repo.")
    Path out;

    @Option(names = "--force", description = "Overwrite existing files that say something else (comments are kept).")
    boolean force;

    @Option(names = "--dry-run", description = "Only print what would be written.")
    boolean dryRun;

    @Parameters(paramLabel = "SLUG", arity = "0..*", description = "Only these objects (slug, live name or id) "
            + "and what they depend on.")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        Path root = RepoLocator.locate(parent.global.workingDirectory());
        Path target = out == null ? root : parent.global.workingDirectory().resolve(out).normalize();
        Optional<Kind> only = kind == null ? Optional.empty() : Optional.of(Kind.parse(kind).orElseThrow(() ->
                new FerryException(ExitCode.USAGE, "unknown kind '" + kind + "'; use one of " + Kind.spellings())));
        ExportPlan plan;
        try (Connections connections = new Connections(root, env)) {
            plan = LiveExport.plan(ProjectState.load(root), connections, environment, only, names);
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        for (FileChange change : plan.preview(target, force)) {
            outWriter.println(change.format());
        }
        for (ExportNote note : plan.notes()) {
            err.println("note: " + note.format());
        }
        for (SecretReference secret : plan.secrets()) {
            err.println("secret: " + secret.file() + " now refers to " + secret.reference()
                    + "; put the value in each environment's secret store");
        }
        if (dryRun) {
            err.println("dry run: nothing written");
            return ExitCode.OK;
        }
        List<FileChange> written = plan.write(target, force);
        long changed = written.stream().filter(c -> c.action() == FileChange.Action.CREATE
                || c.action() == FileChange.Action.OVERWRITE).count();
        err.println("exported " + plan.objects().size() + " object(s) from " + environment + ": " + changed
                + " file(s) written in " + target);
        return ExitCode.OK;
    }
}
