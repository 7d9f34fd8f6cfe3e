package dev.ferry.tui;

/** {@code F} from the matrix opens the normalize view; its own actions write after confirming or switch scope. */
final class NormalizeActions {
    private NormalizeActions() {}

    static void register(Workbench app) {
        ActionRegistry registry = app.registry;
        registry.register("matrix.normalize", "Normalize files (fmt): see the diff, then write",
                (a, view) -> open(a, (MatrixView) view));
        registry.register("normalize.write", "Write the normalized files (asks first)",
                (a, view) -> ((NormalizeView) view).confirmWrite());
        registry.register("normalize.scope", "Switch between every file and the selected resource's file",
                (a, view) -> ((NormalizeView) view).switchScope());
    }

    private static void open(Workbench app, MatrixView matrix) {
        if (app.tasks() == null) {
            app.status().message("the workbench runs without its worker; use ferry fmt");
            return;
        }
        String file = matrix.selectedRow().flatMap(row -> app.model.file(row.key())).orElse(null);
        NormalizeView view = new NormalizeView(app, file);
        app.push(view);
        view.start();
    }
}
