package dev.ferry.tui;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.apply.Apply;
import dev.ferry.apply.ApplyRequest;
import dev.ferry.apply.ApplyResult;
import dev.ferry.apply.Approval;
import dev.ferry.config.ProcessEnv;
import dev.ferry.plan.EnvironmentSession;
import dev.ferry.plan.Plan;
import dev.ferry.plan.PlanFile;
import dev.ferry.plan.PlanOptions;
import dev.ferry.plan.Planner;
import dev.ferry.promote.Promotion;
import dev.ferry.promote.StagedPromotion;
import dev.ferry.vapi.ExchangeListener;
import dev.ferry.vapi.TimeSource;
import dev.ferry.workspace.Connections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The workbench's promotion, plan and apply work, run off the UI thread on the same use cases as
 * {@code ferry promote}, {@code ferry plan} and {@code ferry apply}. Promotion and planning share one
 * thread; an apply gets its own, so a long run never holds up a plan. Every result, progress line and
 * audit line reaches a view through the {@link UiQueue}; a failure is handed over as a message, never
 * thrown.
 */
final class Workflows implements AutoCloseable {
    private final Path root;
    private final Connections connections;
    private final Map<String, String> env;
    private final Clock clock;
    private final UiQueue ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(named("ferry-workflows"));
    private final ExecutorService runner = Executors.newSingleThreadExecutor(named("ferry-apply-run"));
    /** Prepared promotions; a review left without a commit keeps its temporary folder until the workbench closes. */
    private final List<StagedPromotion> staged = new ArrayList<>();

    Workflows(Path root, Connections connections, Map<String, String> env, Clock clock, UiQueue ui) {
        this.root = root;
        this.connections = connections;
        this.env = env;
        this.clock = clock;
        this.ui = ui;
    }

    /** Exports the cells over HEAD, then plans the target against the result; the view gets both. */
    void preparePromotion(PromotionView view, String from, String to, List<String> names) {
        worker.submit(() -> {
            StagedPromotion prepared;
            try {
                prepared = Promotion.prepare(root, connections, from, to, names, clock);
            } catch (RuntimeException e) {
                String reason = WorkspaceFeed.message(e);
                ui.post(() -> view.failed(reason));
                return;
            }
            keep(prepared);
            try {
                Plan plan = prepared.planTarget(connections, ProcessEnv.of(env), clock);
                ui.post(() -> view.prepared(prepared, plan, null));
            } catch (RuntimeException e) {
                String reason = WorkspaceFeed.message(e);
                ui.post(() -> view.prepared(prepared, null, reason));
            }
        });
    }

    /** Commits a reviewed promotion on the new branch {@code branch}; {@code done} runs on the UI thread after. */
    void commitPromotion(PromotionView view, StagedPromotion prepared, String branch, String message, Runnable done) {
        worker.submit(() -> {
            try {
                Promotion.Result result = Promotion.commit(root, prepared, branch, message);
                ui.post(() -> {
                    view.committed(result);
                    done.run();
                });
            } catch (RuntimeException e) {
                String reason = WorkspaceFeed.message(e);
                ui.post(() -> view.commitFailed(reason));
            }
        });
    }

    /** Plans {@code environment} as {@code ferry plan} does: the org read fresh, every secret resolved. */
    void plan(PlanView view) {
        worker.submit(() -> {
            try (EnvironmentSession session = EnvironmentSession.open(root, view.environment(), null, connections,
                    ProcessEnv.of(env), true)) {
                Plan plan = new Planner(clock).planFresh(session, PlanOptions.ALL);
                List<String> notices = session.notices();
                ui.post(() -> view.planned(plan, session.environment(), notices));
            } catch (RuntimeException e) {
                String reason = WorkspaceFeed.message(e);
                ui.post(() -> view.failed(reason));
            }
        });
    }

    /**
     * Applies the plan the person reviewed, saved so that apply refuses it once the org changed since.
     * Progress and every request's audit line go to {@code view} as they happen; {@code done} runs on
     * the UI thread afterwards, whatever the outcome.
     */
    void apply(RunView view, Plan plan, PlanView.Approvals approvals, Runnable done) {
        runner.submit(() -> {
            Path saved = null;
            try {
                saved = Files.createTempFile("ferry-plan-", ".json");
                PlanFile.write(plan, saved);
                ApplyRequest request = ApplyRequest.apply(root, plan.environment(), List.of(), plan.prune(), saved,
                        true, approvals.ticket(), approvals.approvers(), approvals.confirmations());
                Apply apply = new Apply(ProcessEnv.of(env), audit -> new Connections(root, env,
                        builder -> builder.exchangeListener(tee(audit, view))), clock, TimeSource.system());
                ApplyResult result = apply.run(request, Approval.NONE, line -> { },
                        line -> ui.post(() -> view.message(line)));
                ui.post(() -> view.finished(result));
            } catch (FerryException e) {
                String reason = e.getMessage();
                boolean refused = e.exitCode() == ExitCode.REFUSED;
                ui.post(() -> view.stopped(reason, refused));
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui.post(() -> view.stopped(reason, false));
            } finally {
                deleteQuietly(saved);
                ui.post(done);
            }
        });
    }

    private ExchangeListener tee(ExchangeListener audit, RunView view) {
        return exchange -> {
            audit.onExchange(exchange);
            ui.post(() -> view.exchange(exchange));
        };
    }

    private synchronized void keep(StagedPromotion prepared) {
        staged.add(prepared);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A plan file left in the temp folder holds no secret values, only references.
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        worker.shutdownNow();
        runner.shutdownNow();
        try {
            worker.awaitTermination(2, TimeUnit.SECONDS);
            runner.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            staged.forEach(StagedPromotion::close);
            staged.clear();
        }
    }
}
