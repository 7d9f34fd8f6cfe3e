package dev.ferry.tui;

import dev.ferry.config.Finding;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code e}: opens a resource's file in {@code $VISUAL} (else {@code $EDITOR}, else {@code vi}).
 * The terminal is handed over first (alternate screen left, cursor shown, echo and line mode
 * back: pitfall C09) and taken back after, whatever happens; then the repo is validated again,
 * findings go to the log, and everything reloads.
 */
final class Editor {
    private Editor() {}

    static void open(Workbench app, String file) {
        if (file == null) {
            app.status().message("only the org has this resource; there is no file to edit");
            return;
        }
        Path path = app.options.root().resolve(file);
        String editor = app.options.env().getOrDefault("VISUAL", app.options.env().getOrDefault("EDITOR", "vi"));
        int exit;
        app.options.terminal().suspend();
        try {
            // Through sh so that an editor given with arguments ("code --wait") works as in a shell.
            Process process = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "ferry-editor", path.toString())
                    .inheritIO().start();
            exit = process.waitFor();
        } catch (IOException e) {
            exit = -1;
            app.log.problem("cannot start editor '" + editor + "': " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        } finally {
            app.options.terminal().resume();
            app.redrawCompletely();
        }
        if (exit != 0) {
            app.status().message("the editor exited with " + exit + "; checking " + file + " anyway");
        }
        app.log.info("edited " + file + "; validating");
        if (app.tasks() == null) {
            return;
        }
        app.tasks().validate(report -> {
            for (Finding finding : report.findings()) {
                if (finding.isError()) {
                    app.log.problem(finding.format());
                } else {
                    app.log.info(finding.format());
                }
            }
            String summary = file + ": " + report.errorCount() + " error(s), " + report.warningCount()
                    + " warning(s)" + (report.errorCount() > 0 ? "; L shows them" : "");
            app.refresh();
            app.status().message(summary);
        }, reason -> app.log.problem("validation failed: " + reason));
    }
}
