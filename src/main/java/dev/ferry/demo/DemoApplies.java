package dev.ferry.demo;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.TemporaryFiles;
import dev.ferry.apply.Apply;
import dev.ferry.apply.ApplyRequest;
import dev.ferry.apply.ApplyResult;
import dev.ferry.apply.Approval;
import dev.ferry.config.ProcessEnv;
import dev.ferry.git.GitRepository;
import dev.ferry.config.RateLimits;
import dev.ferry.plan.EnvironmentSession;
import dev.ferry.plan.Plan;
import dev.ferry.plan.PlanFile;
import dev.ferry.plan.PlanOptions;
import dev.ferry.plan.Planner;
import dev.ferry.transcript.GoldenPathTests;
import dev.ferry.transcript.TestReport;
import dev.ferry.vapi.ExchangeListener;
import dev.ferry.vapi.TimeSource;
import dev.ferry.workspace.Connections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a revision of the demo repo to one environment the way the sample CI workflow does: a plan
 * saved to a file, then applied with {@code CI=true}, {@code --approve}, a ticket, approvers and the
 * checklist's confirmations, then the golden-path transcripts run there. That is the sanctioned way into uat and prod, which are {@code ci-only};
 * every guard still runs, and each apply leaves its run folder and ledger like any other.
 */
final class DemoApplies {
    /** Filling an in-process sandbox need not keep to a real org's rate limit. */
    static final RateLimits LOCAL = new RateLimits(1000, 4);
    private static final String TICKET = "DEMO-1";

    private final Path repo;
    private final Map<String, String> ciEnv;

    DemoApplies(Path repo, Map<String, String> env) {
        this.repo = repo;
        Map<String, String> withCi = new HashMap<>(env);
        withCi.put("CI", "true");
        this.ciEnv = Map.copyOf(withCi);
    }

    /** Plans {@code revision} for {@code environment}, saves the plan and applies it; returns the plan's summary. */
    String apply(String environment, String revision) {
        Path planFile = null;
        try {
            Files.createDirectories(repo.resolve(".ferry"));
            planFile = Files.createTempFile(repo.resolve(".ferry"), "demo-plan-", ".json");
            Plan plan;
            try (Connections connections = connections(ExchangeListener.NONE);
                    EnvironmentSession session = EnvironmentSession.open(repo, environment, revision, connections,
                            ProcessEnv.of(ciEnv), true)) {
                plan = new Planner(Clock.systemUTC()).planFresh(session, PlanOptions.ALL);
            }
            PlanFile.write(plan, planFile);
            List<String> messages = new ArrayList<>();
            Apply apply = new Apply(ProcessEnv.of(ciEnv), this::connections, Clock.systemUTC(), TimeSource.system());
            ApplyResult result = apply.run(new ApplyRequest(repo, environment, List.of(), false, planFile, true,
                    TICKET, List.of("Ferry demo"), Set.of("expected-changes", "monitoring"), null, "apply", null),
                    Approval.NONE, line -> { }, messages::add);
            if (result.exitCode() != ExitCode.OK) {
                throw new FerryException(ExitCode.ERROR, "the demo could not apply "
                        + GitRepository.shortSha(revision) + " to "
                        + environment + ": " + String.join("; ", messages));
            }
            return plan.summary();
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot write the demo's plan: " + e.getMessage(), e);
        } finally {
            TemporaryFiles.deleteQuietly(planFile);
        }
    }

    /** Runs the repo's golden-path transcripts in {@code environment}, recording the verdict in its ledger. */
    void test(String environment) {
        try (Connections connections = connections(ExchangeListener.NONE)) {
            TestReport report = new GoldenPathTests(Clock.systemUTC()).run(repo, environment, List.of(), connections,
                    line -> { });
            if (report.exitCode() != ExitCode.OK) {
                throw new FerryException(ExitCode.ERROR, "the demo's transcripts failed in " + environment + ": "
                        + report.summary());
            }
        }
    }

    private Connections connections(ExchangeListener listener) {
        return new Connections(repo, ciEnv, builder -> builder.rateLimits(LOCAL).exchangeListener(listener));
    }
}
