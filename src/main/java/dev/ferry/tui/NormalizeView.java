package dev.ferry.tui;

import dev.ferry.config.Finding;
import dev.ferry.diff.TextDiff;
import dev.ferry.export.FormatReport;
import dev.ferry.export.FormattedFile;
import dev.ferry.export.Formatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code F}: {@code ferry fmt} in the workbench. Shows, as a diff per file, how the whole repo (or
 * only the selected resource's file) would be rewritten in canonical YAML, and writes only after
 * the user confirms. Formatting runs on the worker thread; a file that changed on disk since the
 * diff was shown is not overwritten. UI thread only.
 */
final class NormalizeView extends PageView {
    /** The formatter's report with a diff per changed file, computed off the UI thread. */
    record Result(FormatReport report, Map<String, TextDiff> diffs) {}

    private final Workbench app;
    private final String file;
    private boolean wholeRepo;
    private Result result;
    private String notice;
    private int generation;

    /** @param file the selected resource's file, relative to the repo, or null when none is selected */
    NormalizeView(Workbench app, String file) {
        this.app = app;
        this.file = file;
        this.wholeRepo = true;
    }

    @Override
    public String scope() {
        return "normalize";
    }

    @Override
    public String title() {
        return "normalize " + scopeName();
    }

    @Override
    public List<String> hints() {
        return List.of("normalize.write", "normalize.scope", "app.back");
    }

    private String scopeName() {
        return wholeRepo ? "every resource file" : file;
    }

    List<TextPage.Line> lines() {
        return page.lines();
    }

    /** Formats the chosen files in memory on the worker thread. */
    void start() {
        result = null;
        page.clear();
        notice = "formatting " + scopeName() + " …";
        int asked = ++generation;
        boolean all = wholeRepo;
        app.tasks().run((root, connections) -> compute(root, all), done -> {
            if (asked == generation) {
                result = done;
                notice = null;
                build();
            }
        }, reason -> notice = "cannot format: " + reason);
    }

    /** Switches between the whole repo and the selected resource's file. */
    void switchScope() {
        if (file == null) {
            app.status().message("no resource with a file is selected in the matrix; formatting the whole repo");
            return;
        }
        wholeRepo = !wholeRepo;
        start();
    }

    private Result compute(Path root, boolean all) {
        Formatter formatter = new Formatter();
        FormatReport report = all ? formatter.plan(root) : formatter.plan(root, List.of(Path.of(file)));
        Map<String, TextDiff> diffs = new LinkedHashMap<>();
        for (FormattedFile changed : report.changed()) {
            diffs.put(changed.name(), TextDiff.ofText(new String(changed.original(), StandardCharsets.UTF_8),
                    changed.formatted()));
        }
        return new Result(report, diffs);
    }

    private void build() {
        page.clear();
        for (Finding problem : result.report().problems()) {
            page.add(problem.format(), problem.isError() ? Role.STATUS_ERROR : Role.WARNING);
        }
        if (result.diffs().isEmpty()) {
            page.add("Nothing to change: " + (wholeRepo ? "every file is" : file + " is")
                    + " already in canonical form.", Role.STATUS_IN_SYNC);
            return;
        }
        page.add(result.diffs().size() + " file(s) would be rewritten; values, params and comments stay. "
                + "w writes them.", Role.HEADER);
        result.diffs().forEach((name, diff) -> {
            page.add("── " + name, Role.HEADER);
            FileDiffLines.of(diff).forEach(line -> page.add(line.text(), line.role()));
        });
    }

    /** Asks for confirmation, then writes the changed files on the worker thread. */
    void confirmWrite() {
        if (result == null) {
            app.status().message(notice);
            return;
        }
        List<FormattedFile> changed = result.report().changed();
        if (changed.isEmpty()) {
            app.status().message("nothing to change");
            return;
        }
        app.status().prompt("rewrite " + changed.size() + " file(s)? y to confirm: ", "", text -> { }, text -> {
            if (text.strip().equalsIgnoreCase("y")) {
                write(result.report());
            } else {
                app.status().message("nothing written");
            }
        }, () -> app.status().message("nothing written"));
    }

    private void write(FormatReport report) {
        app.tasks().run((root, connections) -> {
            for (FormattedFile changed : report.changed()) {
                if (!Arrays.equals(read(changed.path()), changed.original())) {
                    throw new IllegalStateException(changed.name() + " changed since the diff was shown; "
                            + "nothing written, press F to look again");
                }
            }
            return new Formatter().write(report);
        }, written -> {
            written.forEach(name -> app.log.info("formatted " + name));
            app.close(this);
            app.refresh();
            app.status().message("formatted " + written.size() + " file(s); L shows them");
        }, reason -> {
            app.log.problem("normalize: " + reason);
            app.status().message(reason);
        });
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void draw(Canvas canvas, Rect area) {
        canvas.clear(area, Role.TEXT);
        canvas.field(area.column(), area.row(), "Normalize " + scopeName() + " (fmt)" + (file == null ? ""
                : "   s: " + (wholeRepo ? "only " + file : "every file")), Role.TITLE, area.width());
        Rect body = area.belowTop(1);
        if (notice != null) {
            canvas.text(body.column(), body.row(), notice, Role.DIM, body.width());
            return;
        }
        page.draw(canvas, body);
    }
}
