package dev.ferry.cli;

import dev.ferry.config.RepoLocator;
import dev.ferry.config.RepoNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ferry __complete envs|slugs}: the environment names or resource slugs of the repo here
 * (or -C DIR), one a line. Hidden: the bash and zsh completion script calls it on Tab.
 */
@Command(name = "__complete", hidden = true, description = "Print environment names or resource slugs for completion.")
final class CompleteCommand implements Callable<Integer> {
    enum Names { envs, slugs }

    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WHAT", description = "envs or slugs")
    Names names;

    @Override
    public Integer call() {
        Path root = RepoLocator.locate(parent.global.workingDirectory());
        PrintWriter out = spec.commandLine().getOut();
        (names == Names.envs ? RepoNames.environments(root) : RepoNames.slugs(root)).forEach(out::println);
        return 0;
    }
}
