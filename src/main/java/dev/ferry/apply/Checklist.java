package dev.ferry.apply;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Environment;
import dev.ferry.config.TranscriptFiles;
import dev.ferry.ledger.AppliedRevision;
import dev.ferry.ledger.LedgerStore;
import dev.ferry.ledger.TestVerdict;
import dev.ferry.plan.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The promotion checklist of a protected environment (design section 8): each item a check Ferry makes
 * or a confirmation a person gives with {@code --confirm}; an item that cannot be checked says so and
 * does not block. Every failing item is named. The workbench shows the same items before an apply. Tests
 * count when {@code ferry test} passed every transcript in the source environment on the sha of this plan
 * (or one that differs from it only in {@code state/}).
 */
public final class Checklist {
    /**
     * One item and how it stands.
     *
     * @param confirmation the {@code --confirm} value with which a person vouches for it; null for checks
     */
    public record Item(String name, State state, String detail, String confirmation) {
        Item(String name, State state, String detail) {
            this(name, state, detail, null);
        }
    }

    /** Where an item stands. */
    public enum State {
        PASSED,
        FAILED,
        NOT_AVAILABLE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    private Checklist() {}

    /** Every item for {@code environment}; reads the source environment's ledger and Git, writes nothing. */
    public static List<Item> evaluate(Path root, Environment environment, Plan plan, String ticket,
            List<String> approvers, Set<String> confirmations) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("config validated", State.PASSED, "the repo passed validation"));
        items.add(new Item("secrets resolvable", State.PASSED, "every reference resolved in " + environment.name()));
        items.add(confirmations.contains("expected-changes")
                ? new Item("plan shows only expected changes", State.PASSED, "confirmed: " + plan.summary(),
                        "expected-changes")
                : new Item("plan shows only expected changes", State.FAILED,
                        "review the plan, then confirm with --confirm expected-changes", "expected-changes"));
        items.add(promotedFrom(root, environment, plan));
        items.add(testsPassed(root, environment, plan));
        boolean recorded = ticket != null && !ticket.isBlank() && !approvers.isEmpty();
        items.add(new Item("ticket and approvers recorded", recorded ? State.PASSED : State.FAILED,
                recorded ? "ticket " + ticket + ", approved by " + String.join(", ", approvers)
                        : "give --ticket and --approved-by"));
        items.add(new Item("backup taken", State.PASSED, "taken into the run folder before the first write"));
        items.add(confirmations.contains("monitoring")
                ? new Item("monitoring confirmed", State.PASSED, "confirmed", "monitoring")
                : new Item("monitoring confirmed", State.FAILED, "confirm with --confirm monitoring", "monitoring"));
        return items;
    }

    private static Item promotedFrom(Path root, Environment environment, Plan plan) {
        Optional<String> source = environment.promotesFromName();
        String name = "same sha applied to " + source.orElse("the previous environment");
        if (source.isEmpty()) {
            return new Item(name, State.NOT_AVAILABLE, environment.name() + " promotes from no environment");
        }
        if (plan.gitSha() == null || plan.gitDirty()) {
            return new Item(name, State.FAILED, "this plan is not of one committed revision");
        }
        Optional<AppliedRevision> applied = LedgerStore.open(root, source.get()).snapshot().lastApplied();
        if (applied.isPresent() && applied.get().isExactly(plan.gitSha())) {
            return new Item(name, State.PASSED, source.get() + " received " + shortSha(plan.gitSha()));
        }
        if (applied.isPresent() && !applied.get().dirty() && applied.get().sha() != null
                && sameConfig(root, applied.get().sha(), plan.gitSha())) {
            return new Item(name, State.PASSED, source.get() + " received " + shortSha(applied.get().sha())
                    + ", which differs from " + shortSha(plan.gitSha()) + " only in state/");
        }
        return new Item(name, State.FAILED, source.get() + " last received "
                + applied.map(a -> shortSha(a.sha()) + (a.dirty() ? " with uncommitted changes" : "")).orElse("nothing")
                + "; this plan is " + shortSha(plan.gitSha()));
    }

    /** The verdict {@code ferry test} recorded in the source environment's ledger, for the sha of this plan. */
    private static Item testsPassed(Path root, Environment environment, Plan plan) {
        Optional<String> source = environment.promotesFromName();
        String name = "tests passed in " + source.orElse("the previous environment");
        if (source.isEmpty()) {
            return new Item(name, State.NOT_AVAILABLE, environment.name() + " promotes from no environment");
        }
        if (!TranscriptFiles.any(root)) {
            // Nothing to have passed: like any item that cannot be checked, it is said and does not block.
            return new Item(name, State.NOT_AVAILABLE, "the repo has no golden-path transcripts under tests/ "
                    + "(docs/testing.md)");
        }
        Optional<TestVerdict> verdict = LedgerStore.open(root, source.get()).snapshot().testVerdict();
        if (verdict.isEmpty()) {
            return new Item(name, State.FAILED, "no golden-path test verdict recorded for " + source.get()
                    + "; run ferry test --env " + source.get());
        }
        TestVerdict tested = verdict.get();
        String when = " (ferry test at " + tested.at() + ")";
        if (!tested.isPassed()) {
            return new Item(name, State.FAILED, tested.failed() + " of " + (tested.passed() + tested.failed())
                    + " transcript(s) failed in " + source.get() + when);
        }
        if (!tested.complete()) {
            return new Item(name, State.FAILED, "the last run in " + source.get() + " tested only some assistants"
                    + when + "; run ferry test --env " + source.get() + " without SLUGs");
        }
        if (tested.dirty() || tested.sha() == null || plan.gitSha() == null || !(tested.sha().equals(plan.gitSha())
                || sameConfig(root, tested.sha(), plan.gitSha()))) {
            return new Item(name, State.FAILED, "the passing run in " + source.get() + " tested "
                    + (tested.sha() == null ? "a revision Ferry did not apply" : shortSha(tested.sha())
                            + (tested.dirty() ? " with uncommitted changes" : ""))
                    + "; this plan is " + shortSha(plan.gitSha()) + when);
        }
        return new Item(name, State.PASSED, tested.passed() + " transcript(s) passed in " + source.get() + " on "
                + shortSha(tested.sha()) + when);
    }

    private static boolean sameConfig(Path root, String applied, String planned) {
        try (dev.ferry.git.GitRepository git = dev.ferry.git.GitRepository.find(root).orElse(null)) {
            return git != null && git.sameConfig(applied, planned);
        } catch (dev.ferry.FerryException unknownRevision) {
            return false;
        }
    }

    static void enforce(Environment environment, List<Item> items) {
        List<String> failing = items.stream().filter(item -> item.state() == State.FAILED)
                .map(item -> item.name() + ": " + item.detail()).toList();
        if (!failing.isEmpty()) {
            throw new FerryException(ExitCode.REFUSED, environment.name() + " is protected and its promotion "
                    + "checklist is not met [checklist]:\n  " + String.join("\n  ", failing));
        }
    }

    private static String shortSha(String sha) {
        return sha == null ? "(none)" : sha.substring(0, Math.min(12, sha.length()));
    }
}
