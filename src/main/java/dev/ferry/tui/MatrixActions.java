package dev.ferry.tui;

import dev.ferry.canonical.CanonicalResource;
import dev.ferry.workspace.ResourceKey;
import dev.ferry.workspace.ResourceRefs;
import dev.ferry.workspace.ResourceState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The matrix's actions: diffs, detail, filter, groups and editing the selected resource's file. */
final class MatrixActions {
    private MatrixActions() {}

    static void register(Workbench app) {
        ActionRegistry registry = app.registry;
        registry.register("matrix.diff", "Diff the cell with its left neighbour (Git vs dev, dev vs uat)",
                (a, view) -> {
                    MatrixView matrix = (MatrixView) view;
                    Optional<MatrixModel.Entry> entry = matrix.selectedEntry();
                    if (entry.isPresent() && entry.get() instanceof MatrixModel.Group group) {
                        a.model.toggle(group.kind());
                        matrix.modelChanged();
                        return;
                    }
                    matrix.selectedRow().ifPresent(row -> diffWithLeftNeighbour(a, row.key(),
                            matrix.selectedColumn().name()));
                });
        registry.register("matrix.diff-columns", "Diff any two columns (git, git@REV, an environment)",
                (a, view) -> pickColumns(a, (MatrixView) view));
        registry.register("matrix.detail", "Show the cell's YAML, refs, labels and history",
                (a, view) -> detail(a, (MatrixView) view));
        registry.register("matrix.filter", "Filter rows by name, kind:, status:, label:", (a, view) -> filter(a,
                (MatrixView) view));
        registry.register("matrix.toggle-group", "Fold or unfold the kind group", (a, view) -> {
            MatrixView matrix = (MatrixView) view;
            matrix.selectedEntry().ifPresent(entry -> a.model.toggle(entry instanceof MatrixModel.Group group
                    ? group.kind() : ((MatrixModel.Item) entry).row().kind()));
            matrix.modelChanged();
        });
        registry.register("matrix.toggle-all-groups", "Fold or unfold every group", (a, view) -> {
            a.model.toggleAll();
            ((MatrixView) view).modelChanged();
        });
        registry.register("matrix.edit", "Edit the resource's file in $VISUAL or $EDITOR",
                (a, view) -> ((MatrixView) view).selectedRow().ifPresent(row ->
                        Editor.open(a, a.model.file(row.key()).orElse(null))));
    }

    static void diffWithLeftNeighbour(Workbench app, ResourceKey key, String columnName) {
        List<MatrixColumn> columns = app.model.columns();
        int index = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                index = i;
            }
        }
        if (index == 0) {
            app.status().message("Git has no column on its left; d diffs any two columns");
            return;
        }
        openDiff(app, key, columns.get(index - 1).name(), columnName);
    }

    static void openDiff(Workbench app, ResourceKey key, String left, String right) {
        if (app.tasks() == null) {
            app.status().message("live data is off, so there is nothing to compare");
            return;
        }
        DiffView view = new DiffView(key, left, right);
        app.push(view);
        // Loaded columns answer at once; only what they cannot (git@REV) is read again.
        app.tasks().diff(view, key, left, right, app.model.column(left).map(MatrixColumn::state),
                app.model.column(right).map(MatrixColumn::state));
    }

    private static void pickColumns(Workbench app, MatrixView matrix) {
        Optional<MatrixModel.Row> row = matrix.selectedRow();
        if (row.isEmpty()) {
            app.status().message("move to a resource first");
            return;
        }
        int c = Math.max(1, matrix.columnCursor());
        List<MatrixColumn> columns = app.model.columns();
        String initial = columns.size() > 1 ? columns.get(c - 1).name() + " " + columns.get(c).name() : "git ";
        app.status().prompt("diff " + row.get().key() + " between (A B): ", initial, text -> { }, text -> {
            String[] specs = text.trim().split("\\s+");
            if (specs.length != 2) {
                app.status().message("type two columns, such as: git@HEAD~1 dev");
                return;
            }
            for (String spec : specs) {
                boolean known = spec.equals("git") || spec.startsWith("git@") && spec.length() > 4
                        || app.model.column(spec).isPresent();
                if (!known) {
                    app.status().message("no column '" + spec + "': use git, git@REV or one of "
                            + String.join(", ", columns.stream().skip(1).map(MatrixColumn::name).toList()));
                    return;
                }
            }
            openDiff(app, row.get().key(), specs[0], specs[1]);
        }, () -> { });
    }

    private static void filter(Workbench app, MatrixView matrix) {
        RowFilter before = app.model.filter();
        app.status().prompt("/", before.text(), text -> {
            app.model.filter(RowFilter.parse(text));
            matrix.modelChanged();
        }, text -> { }, () -> {
            app.model.filter(before);
            matrix.modelChanged();
        });
    }

    private static void detail(Workbench app, MatrixView matrix) {
        Optional<MatrixModel.Row> selected = matrix.selectedRow();
        if (selected.isEmpty()) {
            return;
        }
        MatrixModel.Row row = selected.get();
        MatrixColumn column = matrix.selectedColumn();
        Optional<ResourceState> state = column.resource(row.key());
        Optional<CanonicalResource> live = state.flatMap(ResourceState::live);
        Optional<CanonicalResource> tree = column.isGit() || live.isEmpty() ? state.flatMap(ResourceState::desired)
                : live;
        String label = column.isGit() ? "rendered from Git" : live.isPresent() ? "live in " + column.name()
                : "desired for " + column.name() + "; not in the org";
        Map<ResourceKey, JsonNode> trees = new HashMap<>();
        column.resources().forEach((key, resource) -> (column.isGit() ? resource.desired()
                : resource.live().or(resource::desired)).ifPresent(c -> trees.put(key, c.tree())));
        List<ResourceRefs.Ref> outgoing = tree.map(t -> ResourceRefs.outgoing(row.key(), t.tree())).orElse(List.of());
        List<ResourceRefs.Ref> incoming = ResourceRefs.incoming(row.key(), trees);
        String file = app.model.file(row.key()).orElse(null);
        DetailView view = new DetailView(new DetailView.Facts(row.key(), column.name(), state, tree, label,
                app.model.labels(row), file, outgoing, incoming, key -> column.resource(key)
                        .map(r -> r.status().glyph()).orElse("·")));
        app.push(view);
        if (file != null && app.tasks() != null) {
            app.tasks().history(view, file);
        }
    }
}
