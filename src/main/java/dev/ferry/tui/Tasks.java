package dev.ferry.tui;

import dev.ferry.diff.ResourceDiff;
import dev.ferry.git.GitRepository;
import dev.ferry.schema.RepoValidator;
import dev.ferry.schema.ValidationReport;
import dev.ferry.workspace.Column;
import dev.ferry.workspace.ColumnDiff;
import dev.ferry.workspace.ColumnState;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.ProjectState;
import dev.ferry.workspace.ResourceKey;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Work the views ask for that may take a while (a diff reads orgs, history reads Git, validation
 * reads every file), run on one background thread. Results go back through the {@link UiQueue};
 * a view that was closed in the meantime just gets an update nobody sees.
 */
final class Tasks implements AutoCloseable {
    private static final int HISTORY_LIMIT = 20;

    private final Path root;
    private final Connections connections;
    private final UiQueue ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ferry-tasks");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ProjectState project;

    Tasks(Path root, Connections connections, UiQueue ui) {
        this.root = root;
        this.connections = connections;
        this.ui = ui;
    }

    /** The latest validated project, for checking the columns a user types. */
    void project(ProjectState latest) {
        this.project = latest;
    }

    Optional<ProjectState> project() {
        return Optional.ofNullable(project);
    }

    /**
     * Computes the diff of {@code key} between two columns, from the loaded column states when they
     * can answer, else with {@link ColumnDiff}, and hands it to {@code view}.
     */
    void diff(DiffView view, ResourceKey key, String left, String right, Optional<ColumnState> leftState,
            Optional<ColumnState> rightState) {
        worker.submit(() -> {
            try {
                Optional<ColumnDiff.Pair> pair = ColumnDiff.fromLoaded(key, Column.parse(left), leftState,
                        Column.parse(right), rightState);
                if (pair.isEmpty()) {
                    pair = new ColumnDiff(root, connections)
                            .compare(Column.parse(left), Column.parse(right), null, List.of(key.key())).stream()
                            .filter(p -> p.key().equals(key)).findFirst();
                }
                if (pair.isEmpty()) {
                    ui.post(() -> view.fail("neither " + left + " nor " + right + " has it"));
                    return;
                }
                ColumnDiff.Pair found = pair.get();
                ResourceDiff diff = ResourceDiff.compare(
                        found.left().map(c -> (JsonNode) c.tree()).orElse(null),
                        found.right().map(c -> (JsonNode) c.tree()).orElse(null),
                        CanonicalYaml.lines(found.left()), CanonicalYaml.lines(found.right()));
                ui.post(() -> view.show(diff));
            } catch (RuntimeException e) {
                String reason = WorkspaceFeed.message(e);
                ui.post(() -> view.fail(reason));
            }
        });
    }

    /** Reads the Git history of {@code file} (relative to the repo) for {@code view}. */
    void history(DetailView view, String file) {
        worker.submit(() -> {
            try {
                Optional<GitRepository> git = GitRepository.find(root);
                if (git.isEmpty()) {
                    ui.post(() -> view.historyFailed("the repo is not under Git"));
                    return;
                }
                try (GitRepository repository = git.get()) {
                    List<GitRepository.Commit> commits = repository.log(file, HISTORY_LIMIT);
                    ui.post(() -> view.history(commits));
                }
            } catch (RuntimeException e) {
                String reason = WorkspaceFeed.message(e);
                ui.post(() -> view.historyFailed(reason));
            }
        });
    }

    /** Validates the working tree and hands the report to {@code done} on the UI thread. */
    void validate(Consumer<ValidationReport> done, Consumer<String> failed) {
        worker.submit(() -> {
            try {
                ValidationReport report = new RepoValidator().validate(root, LocalDate.now(ZoneOffset.UTC));
                ui.post(() -> done.accept(report));
            } catch (RuntimeException e) {
                String reason = WorkspaceFeed.message(e);
                ui.post(() -> failed.accept(reason));
            }
        });
    }

    /** Long work a view asks for (reading an org to export, formatting files), given the repo and its connections. */
    @FunctionalInterface
    interface Work<T> {
        T run(Path root, Connections connections);
    }

    /**
     * Runs {@code work} on the worker thread; its result goes to {@code done}, or a failure's reason to
     * {@code failed}, on the UI thread.
     */
    <T> void run(Work<T> work, Consumer<T> done, Consumer<String> failed) {
        worker.submit(() -> {
            try {
                T result = work.run(root, connections);
                ui.post(() -> done.accept(result));
            } catch (RuntimeException e) {
                String reason = WorkspaceFeed.message(e);
                ui.post(() -> failed.accept(reason));
            }
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
