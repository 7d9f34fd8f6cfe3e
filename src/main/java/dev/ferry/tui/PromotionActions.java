package dev.ferry.tui;

import dev.ferry.promote.StagedPromotion;
import java.util.List;
import java.util.Optional;

/**
 * Promotion from the matrix (design section 8): Space selects cells of one source column (and still
 * folds a kind group on its header row), {@code p} asks for the target and opens the review, {@code c}
 * there commits on a new branch with a message the person may edit.
 */
final class PromotionActions {
    private PromotionActions() {}

    static void register(Workbench app) {
        ActionRegistry registry = app.registry;
        registry.register("matrix.select", "Select the cell to promote (on a group row: fold the group)",
                (a, view) -> select(a, (MatrixView) view));
        registry.register("matrix.promote", "Promote the selected cells, or this one, to another environment",
                (a, view) -> promote(a, (MatrixView) view));
        registry.register("promotion.commit", "Name the branch, edit the message, commit the promotion",
                (a, view) -> commit(a, (PromotionView) view));
    }

    private static void select(Workbench app, MatrixView matrix) {
        Optional<MatrixModel.Entry> entry = matrix.selectedEntry();
        if (entry.isEmpty()) {
            return;
        }
        if (entry.get() instanceof MatrixModel.Group group) {
            app.model.toggle(group.kind());
            matrix.modelChanged();
            return;
        }
        MatrixModel.Row row = ((MatrixModel.Item) entry.get()).row();
        MatrixColumn column = matrix.selectedColumn();
        if (column.isGit()) {
            app.status().message("promotion takes cells of an environment column; move right to one");
            return;
        }
        if (column.resource(row.key()).flatMap(state -> Optional.ofNullable(state.liveId())).isEmpty()) {
            app.status().message(column.name() + " has no " + row.key() + " to promote");
            return;
        }
        CellSelection selection = matrix.selection();
        boolean had = selection.column().map(name -> !name.equals(column.name())).orElse(false);
        boolean selected = selection.toggle(column.name(), row.key(), row.key().key());
        app.status().message((had ? "selection moved to " + column.name() + "; " : "") + selection.size()
                + " cell(s) selected in " + column.name() + (selected ? "; p promotes them" : ""));
    }

    private static void promote(Workbench app, MatrixView matrix) {
        if (app.workflows() == null) {
            app.status().message("live data is off, so there is nothing to promote");
            return;
        }
        CellSelection selection = matrix.selection();
        String from;
        List<String> names;
        if (!selection.isEmpty()) {
            from = selection.column().orElseThrow();
            names = selection.names();
        } else {
            Optional<MatrixModel.Row> row = matrix.selectedRow();
            MatrixColumn column = matrix.selectedColumn();
            if (row.isEmpty() || column.isGit()) {
                app.status().message("move to a cell of an environment column, or select cells with Space");
                return;
            }
            from = column.name();
            names = List.of(row.get().key().key());
        }
        List<MatrixColumn> columns = app.model.columns();
        String next = "";
        for (int i = 1; i < columns.size() - 1; i++) {
            if (columns.get(i).name().equals(from)) {
                next = columns.get(i + 1).name();
            }
        }
        app.status().prompt("promote " + String.join(", ", names) + " from " + from + " to: ", next, text -> { },
                text -> {
                    String to = text.strip();
                    if (to.equals(from) || to.equals(MatrixColumn.GIT) || app.model.column(to).isEmpty()) {
                        app.status().message("promote to another environment: " + String.join(", ", columns.stream()
                                .skip(1).map(MatrixColumn::name).filter(name -> !name.equals(from)).toList()));
                        return;
                    }
                    PromotionView review = new PromotionView(from, to, names);
                    app.push(review);
                    app.workflows().preparePromotion(review, from, to, names);
                }, () -> { });
    }

    private static void commit(Workbench app, PromotionView review) {
        StagedPromotion staged = review.staged();
        if (staged == null) {
            app.status().message(review.result() != null ? "already committed on " + review.result().branch()
                    : "nothing to commit yet");
            return;
        }
        Runnable cancelled = () -> app.status().message("not committed");
        app.status().prompt("new branch: ", staged.branch(), text -> { }, branch -> {
            if (branch.isBlank() || branch.strip().contains(" ")) {
                app.status().message("a branch name has no spaces; c to try again");
                return;
            }
            app.status().prompt("commit message: ", staged.message(), text -> { }, message -> {
                if (message.isBlank()) {
                    app.status().message("a commit needs a message; c to try again");
                    return;
                }
                review.committing();
                app.workflows().commitPromotion(review, staged, branch.strip(), message.strip(),
                        app.matrix.selection()::clear);
            }, cancelled);
        }, cancelled);
    }
}
