package dev.ferry.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ExitCode;
import dev.ferry.sandbox.FaultSpec;
import dev.ferry.sandbox.SandboxOrg;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.SandboxRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal: its exit code, its message naming the rule, and no write reaching the org. */
class GuardsIT {
    @TempDir
    Path folder;

    private SandboxRepo repo;

    @BeforeEach
    void start() {
        repo = SandboxRepo.start(folder, FaultSpec.NONE);
    }

    @AfterEach
    void stop() {
        repo.close();
    }

    /** The methods of every request of every run so far, from the runs' audit logs. */
    private List<String> auditedMethods() throws IOException {
        Path runs = repo.root().resolve(".ferry/runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(runs)) {
            return files.filter(p -> p.getFileName().toString().equals("audit.jsonl")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(line -> line.replaceAll(".*\"method\":\"([A-Z]+)\".*", "$1")).toList();
        }
    }

    @Test
    void readAccessRefusesBeforeAnyRequest() {
        repo.edit("environments.yaml", "    access: write", "    access: read");

        FerryCli.Result result = repo.ferry("apply", "--env", "dev", "--approve");

        assertThat(result.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).isEqualTo("ferry: dev: access is read (environments.yaml); Ferry does not write "
                + "this environment [access]\n");
        assertThat(repo.server().requestCount()).isZero();
    }

    @Test
    void ciOnlyRefusesALaptopAndNamesWhatIsMissing() {
        FerryCli.Result result = repo.ferry("apply", "--env", "uat", "--approve");

        assertThat(result.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).isEqualTo("ferry: uat: access is ci-only; a write needs CI=true, a saved plan and "
                + "--approve, and this run lacks CI=true, a saved plan (--plan) [access]\n");
        assertThat(repo.server().requestCount()).isZero();
    }

    @Test
    void ciOnlyWritesFromCiWithASavedPlanAndApproval() {
        repo.set("CI", "true");
        assertThat(repo.ferry("plan", "--env", "uat", "--out", "uat.plan.json").exitCode()).isZero();

        FerryCli.Result applied = repo.ferry("apply", "--env", "uat", "--plan", repo.root().resolve("uat.plan.json")
                .toString(), "--approve");

        assertThat(applied.exitCode()).as(applied.err()).isZero();
    }

    @Test
    void theOrgGuardRefusesATokenForAnotherOrgWithoutWriting() throws IOException {
        repo.ferry("apply", "--env", "dev", "--approve");
        long writesBefore = auditedMethods().stream().filter(method -> !method.equals("GET")).count();
        String other = SandboxOrg.idOf("larkspur-prod").toString();
        repo.edit("environments.yaml", "    org: larkspur-dev\n", "    org: larkspur-dev\n    orgId: " + other + "\n");

        FerryCli.Result result = repo.ferry("apply", "--env", "dev", "--approve");

        assertThat(result.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).isEqualTo("ferry: dev: the token reaches org " + SandboxOrg.idOf("larkspur-dev")
                + ", not " + other + " (orgId in environments.yaml); refusing to write [org]\n");
        assertThat(auditedMethods()).filteredOn(method -> !method.equals("GET")).hasSize((int) writesBefore);
    }

    @Test
    void anEmptyOrgIsConfirmedOnceWithConfirmEmptyOrg() {
        repo.edit("environments.yaml", "    org: larkspur-dev\n", "    org: larkspur-dev\n    orgId: "
                + SandboxOrg.idOf("larkspur-dev") + "\n");

        FerryCli.Result refused = repo.ferry("apply", "--env", "dev", "--approve");
        FerryCli.Result confirmed = repo.ferry("apply", "--env", "dev", "--approve", "--confirm", "empty-org");
        repo.edit("assistants/front-desk.yaml", "temperature: 0.3", "temperature: 0.4");
        FerryCli.Result next = repo.ferry("apply", "--env", "dev", "--approve");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains("dev: the org is empty, so its id cannot be checked against "
                + SandboxOrg.idOf("larkspur-dev") + "; if this token is for larkspur-dev, confirm once with "
                + "--confirm empty-org [org]");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(next.exitCode()).as(next.err()).isZero();
    }

    @Test
    void aProtectedEnvironmentNamesEveryChecklistItemItMisses() {
        repo.set("CI", "true");
        repo.ferry("plan", "--env", "prod", "--out", "prod.plan.json");

        FerryCli.Result result = repo.ferry("apply", "--env", "prod", "--plan",
                repo.root().resolve("prod.plan.json").toString(), "--approve");

        assertThat(result.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("ferry: prod is protected and its promotion checklist is not met "
                + "[checklist]:\n"
                + "  plan shows only expected changes: review the plan, then confirm with --confirm expected-changes\n"
                + "  same sha applied to uat: this plan is not of one committed revision\n"
                + "  tests passed in uat: no golden-path test verdict recorded for uat; run ferry test --env uat\n"
                + "  ticket and approvers recorded: give --ticket and --approved-by\n"
                + "  monitoring confirmed: confirm with --confirm monitoring\n");
    }

    /** Applies the committed repo to uat from CI, runs its golden-path tests, and plans prod; returns the sha. */
    private String uatAppliedAndTested() {
        repo.set("CI", "true");
        String sha = repo.commitAll("platform");
        repo.ferry("plan", "--env", "uat", "--out", "../uat.json");
        assertThat(repo.ferry("apply", "--env", "uat", "--plan", folder.resolve("uat.json").toString(), "--approve")
                .exitCode()).isZero();
        repo.ferry("test", "--env", "uat");
        repo.ferry("plan", "--env", "prod", "--out", "../prod.json");
        return sha;
    }

    private FerryCli.Result applyProdWithEverythingConfirmed() {
        return repo.ferry("apply", "--env", "prod", "--plan", folder.resolve("prod.json").toString(),
                "--approve", "--ticket", "CHG-1042", "--approved-by", "robin,sam", "--confirm",
                "expected-changes,monitoring");
    }

    @Test
    void aProtectedEnvironmentTakesTheShaUatHasAndPassedItsTestsOnWithTicketApproversAndConfirmations() {
        repo.withDemoChatRules();
        String sha = uatAppliedAndTested();

        FerryCli.Result result = applyProdWithEverythingConfirmed();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("checklist: [passed] same sha applied to uat: uat received ");
        assertThat(result.err()).contains("checklist: [passed] tests passed in uat: 3 transcript(s) passed in uat on "
                + sha.substring(0, 12) + " (ferry test at ");
    }

    @Test
    void testsThatPassedOnAnEarlierShaDoNotCountForANewerOne() {
        repo.withDemoChatRules();
        String tested = uatAppliedAndTested();
        repo.edit("assistants/front-desk.yaml", "temperature: 0.3", "temperature: 0.4");
        String newer = repo.commitAll("warmer front desk");
        repo.ferry("plan", "--env", "uat", "--out", "../uat.json");
        assertThat(repo.ferry("apply", "--env", "uat", "--plan", folder.resolve("uat.json").toString(), "--approve")
                .exitCode()).isZero();
        repo.ferry("plan", "--env", "prod", "--out", "../prod.json");

        FerryCli.Result result = applyProdWithEverythingConfirmed();

        assertThat(result.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("  tests passed in uat: the passing run in uat tested "
                + tested.substring(0, 12) + "; this plan is " + newer.substring(0, 12) + " (ferry test at ");
    }

    @Test
    void aRepoWithoutTranscriptsHasNoTestsToWaitFor() {
        dev.ferry.TemporaryFiles.deleteQuietly(repo.root().resolve("tests"));
        uatAppliedAndTested();

        FerryCli.Result result = applyProdWithEverythingConfirmed();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("checklist: [not available] tests passed in uat: the repo has no golden-path "
                + "transcripts under tests/ (docs/testing.md)");
    }

    @Test
    void failedTestsInUatKeepProdRefused() {
        // Without scripted replies the stand-in only echoes, so every transcript fails.
        uatAppliedAndTested();

        FerryCli.Result result = applyProdWithEverythingConfirmed();

        assertThat(result.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("ferry: prod is protected and its promotion checklist is not met "
                + "[checklist]:\n  tests passed in uat: 3 of 3 transcript(s) failed in uat (ferry test at ");
    }

    @Test
    void aSecondApplyToTheSameEnvironmentWaitsForNoOne() {
        Instant since = Instant.parse("2026-06-01T10:00:00Z");
        try (EnvironmentLock held = EnvironmentLock.acquire(repo.root(), "dev", since)) {
            FerryCli.Result result = repo.ferry("apply", "--env", "dev", "--approve");

            assertThat(result.exitCode()).isEqualTo(ExitCode.REFUSED);
            assertThat(result.err()).startsWith("ferry: another apply to dev is running (pid ")
                    .endsWith("since 2026-06-01T10:00:00Z); wait for it to finish [lock]\n");
        }
        assertThat(repo.server().requestCount()).isZero();
    }

    @Test
    void aMissingSecretStopsPlanAndApplyBeforeAnyRequestAndNamesItsReference() {
        repo.set("DEV_CRM_API_KEY", null);

        FerryCli.Result plan = repo.ferry("plan", "--env", "dev");
        FerryCli.Result apply = repo.ferry("apply", "--env", "dev", "--approve");

        String message = "ferry: dev: 1 secret reference(s) cannot be resolved; nothing was written:\n"
                + "  secrets://crm/api-key is not set (looked for $DEV_CRM_API_KEY)\n";
        assertThat(plan.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(plan.err()).isEqualTo(message);
        assertThat(apply.err()).isEqualTo(message);
        assertThat(repo.server().requestCount()).isZero();
    }

    @Test
    void anUnknownEnvironmentIsAUsageError() {
        FerryCli.Result result = repo.ferry("apply", "--env", "staging", "--approve");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("ferry: unknown environment 'staging'; environments.yaml defines dev, uat, "
                + "prod\n");
    }

    @Test
    void aFileThatIsNotAPlanIsAUsageErrorAndAPlanForAnotherEnvironmentIsRefused() throws IOException {
        Files.writeString(folder.resolve("notes.json"), "{\"hello\": 1}");
        repo.set("CI", "true");
        repo.ferry("plan", "--env", "uat", "--out", "../uat.json");

        FerryCli.Result bad = repo.ferry("apply", "--env", "dev", "--plan", folder.resolve("notes.json").toString(),
                "--approve");
        FerryCli.Result foreign = repo.ferry("apply", "--env", "dev", "--plan", folder.resolve("uat.json").toString(),
                "--approve");

        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).isEqualTo("ferry: " + folder.resolve("notes.json") + " is not a Ferry plan file "
                + "(format 1 expected); make one with ferry plan --out\n");
        assertThat(foreign.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(foreign.err()).isEqualTo("ferry: " + folder.resolve("uat.json") + " is a plan for environment "
                + "'uat', not 'dev' [plan]\n");
    }

    @Test
    void withoutApproveAndWithoutATerminalNothingIsWritten() throws IOException {
        FerryCli.Result result = repo.ferry("apply", "--env", "dev");

        assertThat(result.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).endsWith("ferry: no terminal to ask for approval; review the plan and run again with "
                + "--approve [approval]\n");
        assertThat(result.out()).contains("Plan: 19 to create");
        assertThat(auditedMethods()).containsOnly("GET");
    }

    @Test
    void aCorruptLedgerStopsEverythingBeforeAnyRequest() {
        dev.ferry.testing.SampleRepo.write(repo.root(), "state/dev.json",
                "{\"format\":1,\"environment\":\"dev\",\"res");

        FerryCli.Result result = repo.ferry("apply", "--env", "dev", "--approve");

        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).isEqualTo("ferry: state/dev.json:1:37: invalid JSON (ledger is corrupt; refusing "
                + "to treat it as empty)\n");
        assertThat(repo.server().requestCount()).isZero();
    }

    @Test
    void anInvalidRepoStopsBeforeAnyRequest() {
        repo.edit("assistants/front-desk.yaml", "name: Larkspur Front Desk",
                "name: Larkspur Front Desk And The Emergency Line Desk");

        FerryCli.Result result = repo.ferry("apply", "--env", "dev", "--approve");

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_CONFIG);
        assertThat(result.err()).contains("assistants/front-desk.yaml:").contains("[name-length]");
        assertThat(repo.server().requestCount()).isZero();
    }
}
