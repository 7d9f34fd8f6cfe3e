package dev.ferry.tui;

import dev.ferry.export.ConflictChoice;

/**
 * The export wizard's actions, and the matrix action that opens it on the environment column under
 * the cursor. Default keys are in {@code keys.yaml}; the wizard's own back action wins over the
 * app's, so {@code q} and Esc go back a step instead of closing it.
 */
final class ExportWizardActions {
    private ExportWizardActions() {}

    static void register(Workbench app) {
        ActionRegistry registry = app.registry;
        registry.register("matrix.export", "Export live resources of this environment to files (wizard)",
                (a, view) -> open(a, (MatrixView) view));
        registry.register("export.next", "Next step; on the last step, write the files",
                (a, view) -> wizard(view).next());
        registry.register("export.back", "Previous step; on the first, leave without writing",
                (a, view) -> wizard(view).back());
        registry.register("export.toggle", "Pick or drop the resource; cycle a conflict's choice",
                (a, view) -> wizard(view).toggle());
        registry.register("export.toggle-all", "Pick every shown resource, or none",
                (a, view) -> wizard(view).toggleAll());
        registry.register("export.filter", "Filter the resources to pick", (a, view) -> wizard(view).filter());
        registry.register("export.slug", "Change the slug of the document under the cursor",
                (a, view) -> wizard(view).changeSlug());
        registry.register("export.overwrite", "Conflict: overwrite the file, keeping its comments",
                (a, view) -> wizard(view).choose(ConflictChoice.OVERWRITE));
        registry.register("export.keep", "Conflict: keep the existing file as it is",
                (a, view) -> wizard(view).choose(ConflictChoice.KEEP));
        registry.register("export.beside", "Conflict: keep the file and write the export beside it (.new)",
                (a, view) -> wizard(view).choose(ConflictChoice.BESIDE));
    }

    private static void open(Workbench app, MatrixView matrix) {
        MatrixColumn column = matrix.selectedColumn();
        if (column.isGit()) {
            app.status().message("move to an environment column (l or Right) to export from it");
            return;
        }
        if (app.tasks() == null) {
            app.status().message("live data is off, so there is nothing to export");
            return;
        }
        ExportWizard wizard = new ExportWizard(app, column.name());
        app.push(wizard);
        wizard.start();
    }

    private static ExportWizard wizard(View view) {
        return (ExportWizard) view;
    }
}
