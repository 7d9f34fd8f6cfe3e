package dev.ferry.apply;

import dev.ferry.FerryException;
import dev.ferry.plan.ActionType;
import dev.ferry.plan.Plan;
import dev.ferry.plan.PlanAction;
import dev.ferry.render.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Carries out a plan in dependency order: creates and updates tier by tier (credentials, files, tools,
 * structured outputs, assistants, squads), up to the environment's concurrency within a tier; then the
 * back-links that had to wait; then deletes in reverse order. The first failure stops the run: what is
 * in flight finishes, nothing new starts, and the outcome lists what was done and what was not. Every
 * write reaches the ledger's journal before the next one starts, so a re-run converges.
 */
final class Executor {
    /** How a run ended. */
    record Outcome(List<String> done, List<String> notDone, List<String> problems, boolean stale) {
        boolean complete() {
            return problems.isEmpty();
        }
    }

    private final Plan plan;
    private final ResourceWriter writer;
    private final int concurrency;
    private final Consumer<String> progress;
    private final AtomicReference<ApplyStop> stop = new AtomicReference<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> finished = ConcurrentHashMap.newKeySet();

    Executor(Plan plan, ResourceWriter writer, int concurrency, Consumer<String> progress) {
        this.plan = plan;
        this.writer = writer;
        this.concurrency = concurrency;
        this.progress = progress;
    }

    Outcome run() {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency), runnable -> {
            Thread thread = new Thread(runnable, "ferry-apply");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Target target : Target.values()) {
                runAll(pool, plan.actions().stream()
                        .filter(a -> a.target() == target && a.type() != ActionType.DELETE).toList(),
                        action -> {
                            writer.perform(action);
                            finished.add(label(action));
                        });
            }
            runAll(pool, writer.deferred(), deferred -> {
                writer.writeBackLinks(deferred);
                finished.add("links " + deferred.action().ledgerKey());
            });
            for (int tier = Target.values().length - 1; tier >= 0; tier--) {
                Target target = Target.values()[tier];
                runAll(pool, deletes(target), action -> {
                    writer.delete(action);
                    finished.add(label(action));
                });
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(writer.done(), notDone(), List.copyOf(problems),
                stop.get() != null && stop.get().isStale());
    }

    /** Prune deletes, and the old objects of replaces, whose references have moved by now. */
    private List<PlanAction> deletes(Target target) {
        List<PlanAction> deletes = new ArrayList<>();
        for (PlanAction action : plan.actions()) {
            if (action.target() != target) {
                continue;
            }
            if (action.type() == ActionType.DELETE) {
                deletes.add(action);
            } else if (action.type() == ActionType.REPLACE && finished.contains(label(action))) {
                deletes.add(new PlanAction(ActionType.DELETE, action.target(), action.key(), action.kind(),
                        action.slug(), action.file(), action.name(), action.id(), null, action.managed(), List.of(),
                        List.of(), List.of(), Map.of(), action.liveHash(), action.liveFields(), null,
                        action.status(), "replaced"));
            }
        }
        return deletes;
    }

    private <T> void runAll(ExecutorService pool, List<T> items, Task<T> task) {
        if (stop.get() != null || items.isEmpty()) {
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        for (T item : items) {
            running.add(pool.submit(() -> {
                if (stop.get() != null) {
                    return;
                }
                try {
                    task.run(item);
                } catch (ApplyStop failure) {
                    fail(failure);
                } catch (FerryException failure) {
                    fail(ApplyStop.of(failure.getMessage()));
                } catch (RuntimeException unexpected) {
                    fail(ApplyStop.of("unexpected " + unexpected.getClass().getSimpleName() + ": "
                            + unexpected.getMessage()));
                }
            }));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(ApplyStop.of("interrupted"));
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                fail(ApplyStop.of("unexpected " + e.getCause()));
            }
        }
    }

    private void fail(ApplyStop failure) {
        stop.compareAndSet(null, failure);
        problems.addAll(failure.lines());
        failure.lines().forEach(line -> progress.accept("error: " + line));
    }

    private List<String> notDone() {
        List<String> pending = new ArrayList<>();
        for (PlanAction action : plan.actions()) {
            if (action.type().writes() && !finished.contains(label(action))) {
                pending.add(action.type().label() + " " + action.ledgerKey());
            } else if (action.type() == ActionType.REPLACE && !finished.contains("delete " + action.ledgerKey())) {
                pending.add("delete the replaced " + action.ledgerKey() + " " + action.id());
            }
        }
        for (ResourceWriter.Deferred deferred : writer.deferred()) {
            if (!finished.contains("links " + deferred.action().ledgerKey())) {
                pending.add("back-links of " + deferred.action().ledgerKey());
            }
        }
        return pending;
    }

    private static String label(PlanAction action) {
        return action.type().label() + " " + action.ledgerKey();
    }

    private interface Task<T> {
        void run(T item);
    }
}
