package dev.ferry.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ExitCode;
import dev.ferry.sandbox.FaultSpec;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.SandboxRepo;
import dev.ferry.vapi.VapiKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code ferry drift}: the org against what was last applied, told apart from what Git changed. */
class DriftIT {
    @TempDir
    Path folder;

    private SandboxRepo repo;

    @BeforeEach
    void start() {
        repo = SandboxRepo.start(folder, FaultSpec.NONE);
        assertThat(repo.ferry("apply", "--env", "dev", "--approve").exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        repo.close();
    }

    private void dashboardDescribesEndCall(String description) {
        ObjectNode live = repo.find("dev", VapiKind.TOOL, "end_call");
        ObjectNode function = (ObjectNode) live.get("function").deepCopy();
        function.put("description", description);
        repo.client("dev").update(VapiKind.TOOL, live.get("id").asString(), function.objectNode().set("function",
                function));
    }

    @Test
    void rightAfterAnApplyNothingHasDrifted() {
        FerryCli.Result drift = repo.ferry("drift", "--env", "dev");

        assertThat(drift.exitCode()).isZero();
        assertThat(drift.outLines()).last().isEqualTo("Drift: 0 drifted, 0 in conflict, 0 pending, 0 missing, "
                + "0 unmanaged, 0 ignored, 19 in sync.");
    }

    @Test
    void aDashboardEditIsDriftAndExitsFour() {
        dashboardDescribesEndCall("Changed in the dashboard.");

        FerryCli.Result drift = repo.ferry("drift", "--env", "dev");

        assertThat(drift.exitCode()).isEqualTo(ExitCode.DIFFERENCES);
        assertThat(drift.out()).contains("  ! drifted   tool/end-call                            tools/end-call.yaml\n"
                + "      function.description \"Changed in the dashboard.\" → "
                + "\"End the call once the caller has noth…\"");
    }

    @Test
    void aGitChangeAloneIsPendingNotDrift() {
        repo.edit("tools/end-call.yaml", "End the call once", "End the call as soon as");

        FerryCli.Result drift = repo.ferry("drift", "--env", "dev");

        assertThat(drift.exitCode()).isZero();
        assertThat(drift.out()).contains("  ~ pending   tool/end-call");
    }

    @Test
    void bothChangedIsAConflict() {
        repo.edit("tools/end-call.yaml", "End the call once", "End the call as soon as");
        dashboardDescribesEndCall("Changed in the dashboard.");

        FerryCli.Result drift = repo.ferry("drift", "--env", "dev");

        assertThat(drift.exitCode()).isEqualTo(ExitCode.DIFFERENCES);
        assertThat(drift.out()).contains("  # conflict  tool/end-call");
    }

    @Test
    void anObjectDeletedInTheDashboardHasDrifted() {
        repo.client("dev").delete(VapiKind.TOOL, repo.find("dev", VapiKind.TOOL, "end_call").get("id").asString());

        FerryCli.Result drift = repo.ferry("drift", "--env", "dev");

        assertThat(drift.exitCode()).isEqualTo(ExitCode.DIFFERENCES);
        assertThat(drift.out()).contains("  ! drifted   tool/end-call");
    }

    @Test
    void anUnmanagedObjectNeedsAttentionAndAnIgnoredOneDoesNot() {
        ObjectNode legacy = JsonNodeFactory.instance.objectNode().put("type", "endCall");
        legacy.putObject("function").put("name", "legacy-menu");
        repo.client("dev").create(VapiKind.TOOL, legacy);

        FerryCli.Result ignored = repo.ferry("drift", "--env", "dev");
        repo.client("dev").create(VapiKind.ASSISTANT, JsonNodeFactory.instance.objectNode()
                .put("name", "Holiday Promo"));
        FerryCli.Result unmanaged = repo.ferry("drift", "--env", "dev", "--output", "json");

        assertThat(ignored.exitCode()).isZero();
        assertThat(ignored.out()).contains("  - ignored   tool 'legacy-menu'");
        assertThat(unmanaged.exitCode()).isEqualTo(ExitCode.DIFFERENCES);
        JsonNode report = JsonMapper.builder().build().readTree(unmanaged.out());
        assertThat(report.path("needsAttention").asBoolean()).isTrue();
        assertThat(report.at("/counts/unmanaged").asInt()).isEqualTo(1);
        assertThat(report.at("/counts/ignored").asInt()).isEqualTo(1);
    }

    @Test
    void withoutALedgerDriftCannotBeToldFromPendingAndSaysSo() throws Exception {
        Files.delete(repo.root().resolve("state/dev.json"));
        repo.edit("tools/end-call.yaml", "End the call once", "End the call as soon as");

        FerryCli.Result drift = repo.ferry("drift", "--env", "dev");

        assertThat(drift.exitCode()).isEqualTo(ExitCode.DIFFERENCES);
        assertThat(drift.out()).contains("  no ledger (state/dev.json): drifted and pending cannot be told apart");
    }

    @Test
    void driftNeedsNoSecretsAndLeaksNone() {
        repo.set("DEV_SCHEDULER_TOKEN", null);

        FerryCli.Result drift = repo.ferry("drift", "--env", "dev");

        assertThat(drift.exitCode()).as(drift.err()).isZero();
        assertThat(drift.err()).contains("note: secrets are not resolvable here");
        assertThat(drift.out() + drift.err()).doesNotContain("canary");
    }
}
