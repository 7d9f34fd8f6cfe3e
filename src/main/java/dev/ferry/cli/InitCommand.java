package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.config.RepoInitializer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ferry init [DIR]}: a new platform repo with dev, uat and prod on the embedded sandbox. */
@Command(name = "init", description = "Write a new platform repo: environments.yaml, folders, a .gitignore.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Where to create it (default: the current folder).")
    Path directory;

    @Override
    public Integer call() {
        Path base = parent.global.workingDirectory();
        Path target = directory == null ? base : base.resolve(directory).normalize();
        for (String written : RepoInitializer.init(target)) {
            spec.commandLine().getOut().println(target.resolve(written));
        }
        spec.commandLine().getErr().println("created a platform repo in " + target + "; next: ferry validate "
                + target);
        return ExitCode.OK;
    }
}
