package dev.ferry.tui;

import dev.ferry.FerryException;
import dev.ferry.diff.TextDiff;
import dev.ferry.export.ExportFile;
import dev.ferry.export.ExportPlan;
import dev.ferry.export.ExportedObject;
import dev.ferry.export.FileChange;
import dev.ferry.workspace.ExportSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the export wizard shows for one selection and one set of slugs, computed on the worker
 * thread: the export plan, what each picked object brings along, what writing would do to each
 * file, and for files that exist with other content the diff against them (the merged text,
 * comments kept, that overwriting would leave). Reads the repo; writes nothing.
 *
 * @param closures per picked live id, the other objects its export brings
 * @param problems per file, why overwriting it cannot keep its comments
 */
record ExportWizardPlan(ExportPlan plan, Map<String, List<ExportedObject>> closures, List<FileChange> changes,
        Map<String, TextDiff> diffs, Map<String, String> problems) {
    ExportWizardPlan {
        closures = Map.copyOf(closures);
        changes = List.copyOf(changes);
        diffs = Map.copyOf(diffs);
        problems = Map.copyOf(problems);
    }

    static ExportWizardPlan of(Path root, ExportSource source, List<String> picked, Map<String, String> slugs) {
        ExportPlan plan = source.plan(new LinkedHashSet<>(picked), slugs);
        Map<String, List<ExportedObject>> closures = new LinkedHashMap<>();
        for (String id : picked) {
            closures.put(id, source.plan(Set.of(id), slugs).objects().stream()
                    .filter(object -> !object.id().equals(id)).toList());
        }
        List<FileChange> changes = plan.preview(root, false);
        Map<String, TextDiff> diffs = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (FileChange change : changes) {
            if (change.action() != FileChange.Action.CONFLICT) {
                continue;
            }
            ExportFile file = plan.files().stream().filter(f -> f.path().equals(change.path())).findFirst()
                    .orElseThrow();
            String existing = read(root.resolve(change.path()));
            try {
                diffs.put(change.path(), TextDiff.ofText(existing, plan.overwriteText(root, file)));
            } catch (FerryException e) {
                problems.put(change.path(), e.getMessage());
                diffs.put(change.path(), TextDiff.ofText(existing, file.text()));
            }
        }
        return new ExportWizardPlan(plan, closures, changes, diffs, problems);
    }

    /** The files that exist with other content, which need a choice before writing. */
    List<String> conflicts() {
        return changes.stream().filter(c -> c.action() == FileChange.Action.CONFLICT).map(FileChange::path).toList();
    }

    FileChange.Action action(String path) {
        return changes.stream().filter(c -> c.path().equals(path)).findFirst().map(FileChange::action)
                .orElse(FileChange.Action.CREATE);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
