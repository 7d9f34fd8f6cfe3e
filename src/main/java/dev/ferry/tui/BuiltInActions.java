package dev.ferry.tui;

/**
 * The workbench's own actions: moving, help, palette, theme, log, refresh, back and quit, and
 * those of the diff and detail views; the matrix's are in {@link MatrixActions}. Default keys are
 * in {@code keys.yaml}; titles are what help and the palette show.
 */
final class BuiltInActions {
    private BuiltInActions() {}

    static void register(Workbench app) {
        ActionRegistry registry = app.registry;
        registry.register("app.help", "Show the keys for this view", (a, view) -> a.push(
                new HelpView(view, a.registry, a.bindings)));
        registry.register("app.palette", "Open the command palette", (a, view) -> a.push(
                new PaletteView(a, view, a.registry, a.bindings)));
        registry.register("app.back", "Back; in the matrix clear the filter, then quit", (a, view) -> a.back());
        registry.register("app.quit", "Quit Ferry", (a, view) -> a.quit());
        registry.register("app.refresh", "Reload the repo and every environment", (a, view) -> a.refresh());
        registry.register("app.theme", "Switch to the next theme", (a, view) -> a.cycleTheme());
        registry.register("app.log", "Show or hide the log pane", (a, view) -> a.toggleLog());

        registry.register("list.down", "Move down", (a, view) -> nav(view).moveBy(1));
        registry.register("list.up", "Move up", (a, view) -> nav(view).moveBy(-1));
        registry.register("list.left", "Move to the column on the left", (a, view) -> nav(view).moveSideways(-1));
        registry.register("list.right", "Move to the column on the right", (a, view) -> nav(view).moveSideways(1));
        registry.register("list.top", "Go to the first line", (a, view) -> nav(view).moveToStart());
        registry.register("list.bottom", "Go to the last line", (a, view) -> nav(view).moveToEnd());
        registry.register("list.page-down", "Page down", (a, view) -> nav(view).moveBy(nav(view).pageSize()));
        registry.register("list.page-up", "Page up", (a, view) -> nav(view).moveBy(-nav(view).pageSize()));

        MatrixActions.register(app);
        PromotionActions.register(app);
        PlanActions.register(app);
        ExportWizardActions.register(app);
        NormalizeActions.register(app);

        registry.register("diff.unfold", "Unfold the unchanged lines under the cursor", (a, view) -> {
            if (!((DiffView) view).unfold()) {
                a.status().message("Enter unfolds a ⋯ line; n and N jump between changes");
            }
        });
        registry.register("diff.unfold-all", "Unfold every unchanged run", (a, view) -> ((DiffView) view).unfoldAll());
        registry.register("diff.next-hunk", "Jump to the next change", (a, view) -> ((DiffView) view).nextHunk());
        registry.register("diff.previous-hunk", "Jump to the previous change",
                (a, view) -> ((DiffView) view).previousHunk());

        registry.register("detail.edit", "Edit the file in $VISUAL or $EDITOR", (a, view) ->
                Editor.open(a, ((DetailView) view).facts().file()));
        registry.register("detail.diff", "Diff this column with its left neighbour", (a, view) -> {
            DetailView.Facts facts = ((DetailView) view).facts();
            MatrixActions.diffWithLeftNeighbour(a, facts.key(), facts.column());
        });
    }

    private static View.Navigable nav(View view) {
        return (View.Navigable) view;
    }
}
