package dev.ferry.apply;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Environment;
import dev.ferry.config.Kind;
import dev.ferry.config.ProcessEnv;
import dev.ferry.ledger.AppliedRevision;
import dev.ferry.plan.EnvironmentSession;
import dev.ferry.plan.Plan;
import dev.ferry.plan.PlanFile;
import dev.ferry.plan.PlanOptions;
import dev.ferry.plan.Planner;
import dev.ferry.runs.RunFolder;
import dev.ferry.runs.RunRecord;
import dev.ferry.secrets.ResolvedSecrets;
import dev.ferry.secrets.SecretRef;
import dev.ferry.vapi.ExchangeListener;
import dev.ferry.vapi.TimeSource;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.LiveSnapshot;
import dev.ferry.workspace.ProjectState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The apply use case (design sections 7 and 8), shared by {@code ferry apply}, {@code rollback --to} and
 * the workbench: guards first, then the lock, a run folder with its audit log, the environment's session
 * (repo, ledger, secrets), a fresh read of the org, the plan (made now, or a saved one checked for
 * staleness), the org guard and promotion checklist, approval, backups, and the executor. Writes only
 * to the org, the ledger and the run folder.
 */
public final class Apply {
    private final ProcessEnv env;
    private final Function<ExchangeListener, Connections> connections;
    private final Clock clock;
    private final TimeSource time;

    /**
     * @param connections opens the connections of one run, with the run's audit log listening to every request
     * @param time the clock retries wait on; tests pass one that does not sleep
     */
    public Apply(ProcessEnv env, Function<ExchangeListener, Connections> connections, Clock clock, TimeSource time) {
        this.env = env;
        this.connections = connections;
        this.clock = clock;
        this.time = time;
    }

    /** Runs one apply; {@code out} receives the plan, {@code err} progress and messages. */
    public ApplyResult run(ApplyRequest request, Approval approval, Consumer<String> out, Consumer<String> err) {
        Guards.confirmations(request.confirmations());
        ProjectState project = ProjectState.load(request.root());
        Environment environment = project.environment(request.environment());
        Plan saved = request.planFile() == null ? null : PlanFile.read(request.planFile());
        if (saved != null && !saved.environment().equals(environment.name())) {
            throw new FerryException(ExitCode.REFUSED, request.planFile() + " is a plan for environment '"
                    + saved.environment() + "', not '" + environment.name() + "' [plan]");
        }
        RunRestore restore = request.restoreRun() == null ? null
                : RunRestore.read(request.root(), request.restoreRun(), environment.name());
        // A run's backup is as fixed as a saved plan: what it restores was recorded before that run wrote.
        Guards.access(environment, env, saved != null || restore != null, request.approve());
        try (EnvironmentLock lock = EnvironmentLock.acquire(request.root(), environment.name(), clock.instant());
                RunFolder run = RunFolder.create(request.root(), environment.name(), request.command(), clock);
                Connections open = connections.apply(run.audit())) {
            RunRecord record = new RunRecord(run.id(), environment.name(), request.command(), now())
                    .approval(request.ticket(), request.approvers(), new ArrayList<>(new TreeSet<>(
                            request.confirmations())));
            run.writeRecord(record);
            try {
                return execute(request, project, environment, saved, restore, run, record, open, approval, out,
                        err);
            } catch (FerryException e) {
                record.finish(e.exitCode() == ExitCode.REFUSED ? "refused" : "failed", now(), e.getMessage(),
                        List.of());
                run.writeRecord(record);
                throw e;
            }
        }
    }

    private ApplyResult execute(ApplyRequest request, ProjectState project, Environment environment, Plan saved,
            RunRestore restore, RunFolder run, RunRecord record, Connections open, Approval approval,
            Consumer<String> out, Consumer<String> err) {
        List<SecretRef> refs = new ArrayList<>();
        if (restore != null) {
            refs.addAll(restore.secretRefs());
        }
        if (saved != null) {
            saved.actions().stream().filter(a -> a.payload() != null)
                    .forEach(a -> refs.addAll(ResolvedSecrets.refsIn(a.payload())));
        }
        String revision = request.revision() != null ? request.revision() : saved != null ? saved.revision() : null;
        try (EnvironmentSession session = EnvironmentSession.open(request.root(), project, environment.name(),
                revision, open, env, EnvironmentSession.Secrets.REQUIRED, refs)) {
            session.notices().forEach(notice -> err.accept("note: " + notice));
            record.git(session.git().sha(), session.git().dirty(), revision);
            LiveSnapshot live = LiveSnapshot.read(environment.name(), session.client());
            Plan plan;
            if (restore != null) {
                java.util.Map<String, String> ids = new java.util.TreeMap<>();
                session.ledger().snapshot().entries().forEach(entry -> ids.put(entry.ledgerKey(), entry.id()));
                plan = restore.plan(environment.name(), environment.org(), live, session.secrets(), ids, clock);
            } else if (saved != null) {
                StalePlan.requireFresh(request.planFile().toString(), saved, live, session.secrets(),
                        Planner.orgIdOf(live));
                plan = saved;
            } else {
                plan = new Planner(clock).plan(session, live, new PlanOptions(request.only(), request.prune()));
            }
            List<String> notes = new ArrayList<>();
            Guards.org(environment, live, request.confirmations(), notes);
            notes.forEach(note -> err.accept("note: " + note));
            Guards.massDelete(plan, session.ledger().snapshot(), request.confirmations());
            if (environment.isProtected()) {
                List<Checklist.Item> items = Checklist.evaluate(request.root(), environment, plan, request.ticket(),
                        request.approvers(), request.confirmations());
                items.forEach(item -> record.checkItem(item.name(), item.state().label(), item.detail()));
                run.writeRecord(record);
                items.forEach(item -> err.accept("checklist: [" + item.state().label() + "] " + item.name() + ": "
                        + item.detail()));
                Checklist.enforce(environment, items);
            }
            dev.ferry.plan.PlanText.lines(plan, false).forEach(out);
            run.writePlan(PlanFile.toText(plan));
            if (plan.hasChanges() && !request.approve()) {
                if (!approval.canAsk()) {
                    throw new FerryException(ExitCode.REFUSED, "no terminal to ask for approval; review the plan "
                            + "and run again with --approve [approval]");
                }
                if (!approval.ask("Apply these changes to " + environment.name() + "? Only 'yes' is accepted: ")) {
                    record.finish("declined", now(), "not approved; nothing was written", List.of());
                    run.writeRecord(record);
                    err.accept("apply cancelled; nothing was written");
                    return new ApplyResult(ExitCode.ERROR, run.id(), "declined", List.of(), List.of(), List.of());
                }
            }
            return carryOut(request, environment, session, live, plan, run, record, err);
        }
    }

    private ApplyResult carryOut(ApplyRequest request, Environment environment, EnvironmentSession session,
            LiveSnapshot live, Plan plan, RunFolder run, RunRecord record, Consumer<String> err) {
        java.util.Map<String, String> fingerprints = new java.util.HashMap<>();
        session.ledger().snapshot().entries().forEach(entry -> fingerprints.putAll(entry.secrets()));
        int saved = Backups.save(run, plan, live, session.secrets(), session.secrets().masker(fingerprints));
        if (saved > 0) {
            err.accept("backed up " + saved + " object(s) to " + request.root().relativize(run.path()) + "/backup");
        }
        Writes writes = new Writes(session.client(), time, new SourceLocator(session.project().report().repo()));
        Labels labels = new Labels(environment.name(), session.project().environments().project(), plan.gitSha());
        Payloads payloads = new Payloads(session.project().environments().ignore(), labels, slug -> ownerOf(session,
                slug));
        ResourceWriter writer = new ResourceWriter(new ResourceWriter.Settings(run.id(), plan.gitSha(),
                session.client(), writes, payloads, new Uploads(session.sourceRoot(), writes), session.secrets(),
                session.ledger(), record, clock, fingerprints, session.project().environments().ignore()),
                plan.ids(), err);
        Executor.Outcome outcome;
        try {
            outcome = new Executor(plan, writer, environment.limits().maxConcurrentRequests(), err).run();
            if (outcome.complete() && plan.only().isEmpty() && plan.gitSha() != null) {
                session.ledger().applied(new AppliedRevision(plan.gitSha(), plan.gitDirty(), run.id(), now()));
            }
        } finally {
            session.ledger().save();
        }
        List<String> summary = summary(environment, plan, run, outcome);
        summary.forEach(err);
        run.writeSummary(summary);
        String result = outcome.complete() ? plan.hasChanges() ? "applied" : "no changes" : "stopped part-way";
        record.finish(result, now(), outcome.complete() ? plan.summary() : String.join("; ", outcome.problems()),
                outcome.notDone());
        run.writeRecord(record);
        return new ApplyResult(outcome.complete() ? ExitCode.OK : ExitCode.PARTIAL_APPLY, run.id(), result,
                outcome.done(), outcome.notDone(), outcome.problems());
    }

    private static List<String> summary(Environment environment, Plan plan, RunFolder run, Executor.Outcome outcome) {
        List<String> lines = new ArrayList<>();
        if (outcome.complete()) {
            lines.add((plan.hasChanges() ? "Applied to " : "No changes in ") + environment.name() + ": "
                    + plan.summary() + " (run " + run.id() + ").");
            return lines;
        }
        lines.add("Stopped part-way in " + environment.name() + " (run " + run.id() + "); "
                + (outcome.stale() ? "re-run plan to see the other change, then apply" : "a re-run converges") + ".");
        outcome.problems().forEach(problem -> lines.add("  error: " + problem));
        outcome.done().forEach(done -> lines.add("  done: " + done));
        outcome.notDone().forEach(pending -> lines.add("  not done: " + pending));
        return lines;
    }

    private static String ownerOf(EnvironmentSession session, String slug) {
        if (slug == null) {
            return null;
        }
        return session.project().report().repo().find(Kind.ASSISTANT, slug)
                .map(document -> document.metadata().path("labels").path("owner").asString(null)).orElse(null);
    }

    private String now() {
        return Instant.now(clock).toString();
    }
}
