package dev.ferry.workspace;

import dev.ferry.config.Environment;
import dev.ferry.render.RenderedResource;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Loads the columns of the matrix: each environment is read on its own thread and reported as
 * soon as it is in, so one slow or unreachable org holds up nothing else. Listeners are called on
 * the loading threads; a user interface hands the update over to its own thread.
 */
public final class MatrixLoader implements AutoCloseable {
    private final ProjectState project;
    private final Connections connections;
    private final ExecutorService pool;
    private final StatusRefiner refiner;

    public MatrixLoader(ProjectState project, Connections connections) {
        this(project, connections, StatusRefiner.NONE);
    }

    /** With a refiner that sharpens each column's statuses, such as the ledger's drifted and conflict. */
    public MatrixLoader(ProjectState project, Connections connections, StatusRefiner refiner) {
        this.project = project;
        this.connections = connections;
        this.refiner = refiner;
        this.pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "ferry-matrix");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts loading every environment; {@code onUpdate} receives each column as it changes. */
    public void loadAll(Consumer<ColumnState> onUpdate) {
        for (Environment environment : project.environments().inPromotionOrder()) {
            load(environment, onUpdate);
        }
    }

    /** Starts loading one environment. */
    public void load(Environment environment, Consumer<ColumnState> onUpdate) {
        onUpdate.accept(ColumnState.loading(environment.name()));
        pool.submit(() -> onUpdate.accept(read(environment)));
    }

    /** Reads one environment now, on the calling thread. Failures become a failed column, never an exception. */
    public ColumnState read(Environment environment) {
        try {
            List<RenderedResource> rendered = project.render(environment);
            LiveSnapshot live = LiveSnapshot.read(environment.name(), connections.client(environment));
            List<ResourceState> states = refiner.refine(environment, live, Comparison.compare(rendered, live,
                    project.environments().ignore(), AppliedSecrets.masker(connections.repoRoot(), environment,
                            connections)));
            return ColumnState.ready(environment.name(), states, Instant.now(), false);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return ColumnState.failed(environment.name(), reason);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        // Let a column that is being written to the cache finish, so nothing writes after close returns.
        try {
            pool.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
