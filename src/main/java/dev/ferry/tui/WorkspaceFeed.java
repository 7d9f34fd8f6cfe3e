package dev.ferry.tui;

import dev.ferry.config.Environment;
import dev.ferry.config.ResourceDocument;
import dev.ferry.render.RenderedResource;
import dev.ferry.workspace.ColumnState;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.GitColumn;
import dev.ferry.workspace.MatrixCache;
import dev.ferry.plan.LedgerStatuses;
import dev.ferry.workspace.MatrixLoader;
import dev.ferry.workspace.ProjectState;
import dev.ferry.workspace.ResourceKey;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings the workspace into the matrix without blocking keys: on its own thread it validates the
 * repo, renders the Git column, then lets {@link MatrixLoader} read every environment on threads of
 * its own. Every result is handed to the UI thread through the {@link UiQueue}; nothing here
 * touches a view. Each refresh has a generation, and results of an older one are dropped, so a
 * slow answer never overwrites a newer one. Ready columns are written to the {@link MatrixCache}.
 */
final class WorkspaceFeed implements AutoCloseable {
    /** What the feed reports; called on the UI thread. */
    interface Sink {
        void project(ProjectState project, List<Environment> order, DocumentFacts facts, GitFacts git);

        void column(ColumnState state);

        void log(String text, boolean problem);
    }

    /** Labels of each document by slug and the file of each resource. */
    record DocumentFacts(Map<String, Map<String, String>> labels, Map<ResourceKey, String> files) {}

    private final Path root;
    private final Connections connections;
    private final Map<String, String> env;
    private final MatrixCache cache;
    private final UiQueue ui;
    private final Sink sink;
    private final Clock clock;
    private final AtomicInteger generation = new AtomicInteger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ferry-workspace");
        thread.setDaemon(true);
        return thread;
    });
    private MatrixLoader loader;

    WorkspaceFeed(Path root, Connections connections, Map<String, String> env, UiQueue ui, Sink sink, Clock clock) {
        this.root = root;
        this.connections = connections;
        this.env = Map.copyOf(env);
        this.cache = new MatrixCache(root);
        this.ui = ui;
        this.sink = sink;
        this.clock = clock;
    }

    /** Starts a fresh load of everything; returns at once. */
    void refresh() {
        int current = generation.incrementAndGet();
        worker.submit(() -> load(current));
    }

    private void load(int current) {
        ProjectState project;
        try {
            project = ProjectState.load(root);
        } catch (RuntimeException e) {
            String reason = message(e);
            post(current, () -> {
                sink.column(ColumnState.failed(GitColumn.NAME, reason));
                sink.log("repo: " + reason, true);
            });
            return;
        }
        List<Environment> order = project.environments().inPromotionOrder();
        GitFacts git = GitFacts.read(root, order);
        DocumentFacts facts = facts(project, order);
        post(current, () -> sink.project(project, order, facts, git));
        if (!order.isEmpty()) {
            try {
                ColumnState gitColumn = GitColumn.read(project, order.get(0), clock.instant());
                if (generation.get() == current) {
                    save(gitColumn);
                }
                post(current, () -> sink.column(gitColumn));
            } catch (RuntimeException e) {
                String reason = message(e);
                post(current, () -> sink.column(ColumnState.failed(GitColumn.NAME, reason)));
            }
        }
        MatrixLoader previous = loader;
        if (previous != null) {
            previous.close();
        }
        loader = new MatrixLoader(project, connections, new LedgerStatuses(root, project, connections, env));
        loader.loadAll(state -> {
            // A superseded or closed feed writes nothing: its folder may already be gone.
            if (state.phase() == ColumnState.Phase.READY && generation.get() == current) {
                save(state);
            }
            post(current, () -> {
                sink.column(state);
                switch (state.phase()) {
                    case READY -> sink.log(state.environment() + ": read " + state.states().size() + " resources",
                            false);
                    case FAILED -> sink.log(withName(state.environment(), state.error().orElse("failed")), true);
                    case LOADING -> sink.log(state.environment() + ": loading", false);
                }
            });
        });
    }

    private void save(ColumnState state) {
        try {
            cache.save(state);
        } catch (UncheckedIOException e) {
            int current = generation.get();
            post(current, () -> sink.log(e.getCause().getMessage(), true));
        }
    }

    private void post(int fromGeneration, Runnable task) {
        ui.post(() -> {
            if (fromGeneration == generation.get()) {
                task.run();
            }
        });
    }

    private static DocumentFacts facts(ProjectState project, List<Environment> order) {
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (ResourceDocument document : project.report().repo().documents()) {
            Map<String, String> own = new LinkedHashMap<>();
            document.metadata().path("labels").properties().forEach(entry ->
                    own.put(entry.getKey(), entry.getValue().asString()));
            labels.merge(document.slug(), own, (a, b) -> a.isEmpty() ? b : a);
        }
        Map<ResourceKey, String> files = new HashMap<>();
        if (!order.isEmpty()) {
            for (RenderedResource resource : project.render(order.get(0))) {
                files.put(new ResourceKey(resource.target(), resource.key()), resource.file());
            }
        }
        return new DocumentFacts(labels, files);
    }

    /** Prefixes a reason with the column's name unless it names it already. */
    private static String withName(String column, String reason) {
        return reason.startsWith(column + ":") ? reason : column + ": " + reason;
    }

    static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        generation.incrementAndGet();
        worker.shutdownNow();
        if (loader != null) {
            loader.close();
        }
        try {
            worker.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
