package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.tui.WorkbenchLauncher;
import dev.ferry.demo.DemoSetup;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ferry demo}: a copy of the sample platform repo in a new Git repository, its environments
 * filled in the embedded sandbox with the differences a real team has, ready to explore.
 */
@Command(name = "demo", description = {
    "Make a demo repo with dev, uat and prod filled in the embedded sandbox.",
    "The sample platform repo goes into a new Git repository; the orgs get the differences a real team has:",
    "dashboard edits, a hand-made assistant, an environment behind, a 2024-style assistant."})
final class DemoCommand extends ContextCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to create the demo repo (default: a new temporary folder).")
    Path dir;

    @Option(names = "--no-open", description = "Make the demo and stop, without opening the workbench.")
    boolean noOpen;

    @Option(names = "--sample", paramLabel = "DIR", hidden = true,
            description = "The sample platform repo to copy (default: samples/platform of this checkout).")
    Path sample;

    @Override
    public Integer call() throws IOException {
        Path source = sample != null ? parent.global.workingDirectory().resolve(sample) : defaultSample();
        Path target = dir != null ? parent.global.workingDirectory().resolve(dir).normalize()
                : Files.createTempDirectory("ferry-demo-");
        PrintWriter err = spec.commandLine().getErr();
        err.println("ferry demo: creating the Larkspur platform repo in " + target);
        DemoSetup.createRepo(source, target);
        for (String line : DemoSetup.fill(target, env)) {
            err.println("  " + line);
        }
        if (noOpen || !WorkbenchLauncher.hasTerminal(env)) {
            spec.commandLine().getOut().println(target);
            err.println("Demo ready. Open it with: ferry -C " + target + "   or try: ferry -C " + target
                    + " diff --from git --to uat");
            return ExitCode.OK;
        }
        Path home = FerryHome.of(env);
        int code = WorkbenchLauncher.run(target, env, home, err);
        err.println("The sandbox has stopped. The demo repo is in " + target + " (its orgs are kept in "
                + target.resolve(".ferry/sandbox") + "); reopen it with: ferry -C " + target);
        return code;
    }

    /** The launcher passes the checkout it runs from; the sample lives there. */
    private static Path defaultSample() {
        String home = System.getProperty("ferry.home");
        Path candidate = home == null ? null : Path.of(home, "samples", "platform");
        if (candidate == null || !Files.isDirectory(candidate)) {
            throw new FerryException(ExitCode.USAGE, "cannot find samples/platform; run the demo from a checkout "
                    + "with ./ferry demo");
        }
        return candidate;
    }
}
