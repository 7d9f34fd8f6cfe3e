package dev.ferry.tui;

import dev.ferry.config.Environment;
import dev.ferry.workspace.ColumnState;
import dev.ferry.workspace.GitColumn;
import dev.ferry.workspace.ProjectState;
import java.util.List;

/** Takes the workspace feed's reports into the matrix, on the UI thread. */
final class MatrixFeedSink implements WorkspaceFeed.Sink {
    private final Workbench app;

    MatrixFeedSink(Workbench app) {
        this.app = app;
    }

    @Override
    public void project(ProjectState project, List<Environment> order, WorkspaceFeed.DocumentFacts facts,
            GitFacts git) {
        app.model.environments(order);
        app.model.documents(facts.labels(), facts.files());
        app.matrix.git(git);
        app.tasks().project(project);
        app.matrix.modelChanged();
        app.log.info("repo: " + project.report().repo().documents().size() + " documents, " + order.size()
                + " environments");
    }

    @Override
    public void column(ColumnState state) {
        MatrixModel model = app.model;
        model.update(state, app.options.clock().instant());
        app.matrix.modelChanged();
        boolean settled = model.columns().stream().noneMatch(c -> c.state().phase() == ColumnState.Phase.LOADING);
        if (settled && Workbench.REFRESHING.equals(app.status().message())) {
            app.status().message(null);
        }
        if (state.environment().equals(GitColumn.NAME) && state.phase() == ColumnState.Phase.FAILED) {
            // Without a valid repo there is nothing to compare any org with.
            for (MatrixColumn column : model.columns()) {
                if (!column.isGit()) {
                    model.update(ColumnState.failed(column.name(), "the repo is not valid"),
                            app.options.clock().instant());
                }
            }
            app.matrix.modelChanged();
        }
    }

    @Override
    public void log(String text, boolean problem) {
        if (problem) {
            app.log.problem(text);
        } else {
            app.log.info(text);
        }
    }
}
