package dev.ferry.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.ferry.ExitCode;
import dev.ferry.TemporaryFiles;
import dev.ferry.schema.RepoValidator;
import dev.ferry.tui.Workbench;
import dev.ferry.tui.WorkbenchOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * A run the launcher records its class-data archive from: validates a repo, then opens the workbench
 * on it on a virtual terminal (live data off) and moves about, so that the classes both the CLI and
 * the workbench load at start are in the archive. Hidden: it is the launcher's, not the user's.
 */
@Command(name = "cds-training", hidden = true, description = "Exercise start-up paths for the class-data archive.")
final class TrainingCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A valid platform repo, such as samples/platform.")
    Path repo;

    @Override
    public Integer call() throws IOException {
        new RepoValidator().validate(repo, LocalDate.now(ZoneOffset.UTC));
        Path home = Files.createTempDirectory("ferry-training-");
        try {
            TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(120, 40)));
            screen.startScreen();
            try (Workbench workbench = Workbench.create(screen, WorkbenchOptions.of(repo, java.util.Map.of(), home,
                    Clock.systemUTC()).withoutLiveData())) {
                workbench.start();
                for (char key : "jjk?qL".toCharArray()) {
                    ((DefaultVirtualTerminal) screen.getTerminal()).addInput(new KeyStroke(key, false, false));
                    workbench.pump();
                }
            }
            screen.stopScreen();
        } finally {
            TemporaryFiles.deleteQuietly(home);
        }
        return ExitCode.OK;
    }
}
