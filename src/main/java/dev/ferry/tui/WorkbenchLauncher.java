package dev.ferry.tui;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Starts the workbench on the real terminal for {@code ferry} without a subcommand, or explains
 * that there is none. A terminal means both standard input and output are one (pitfall C08); a pipe,
 * a CI job or {@code TERM=dumb} get a short message pointing at the CLI commands, and exit 2.
 */
public final class WorkbenchLauncher {
    /** Exit code when there is no terminal to draw on: a usage matter. */
    public static final int NO_TERMINAL = 2;

    private WorkbenchLauncher() {}

    /** Whether this process can open the workbench: a console on both ends and a terminal that draws. */
    public static boolean hasTerminal(Map<String, String> env) {
        return System.console() != null && !"dumb".equals(env.get("TERM"));
    }

    /** Runs the workbench until the user quits; returns the exit code. */
    public static int run(Path root, Map<String, String> env, Path home, PrintWriter err) {
        if (!hasTerminal(env)) {
            err.println("ferry: the workbench needs an interactive terminal; without one, run a command instead:");
            err.println("ferry validate, ferry diff --from git --to dev, ferry sandbox (ferry --help lists them all)");
            return NO_TERMINAL;
        }
        TerminalSession session;
        try {
            session = TerminalSession.open();
        } catch (IOException | RuntimeException e) {
            err.println("ferry: cannot open the terminal (" + e.getMessage() + "); use the commands instead, "
                    + "see ferry --help");
            return NO_TERMINAL;
        }
        Throwable failure = null;
        try (session; Workbench workbench = Workbench.create(session.screen(),
                new WorkbenchOptions(root, env, home, Clock.systemDefaultZone(), true, session))) {
            workbench.start();
            workbench.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        if (failure != null) {
            // After the terminal is restored, so the message lands on a working shell.
            err.println("ferry: the workbench stopped: " + failure);
            return 1;
        }
        return 0;
    }
}
