package dev.ferry.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ExitCode;
import dev.ferry.sandbox.FaultSpec;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.InstantTime;
import dev.ferry.testing.SandboxRepo;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Pitfall B17: someone edits in the dashboard while Ferry plans or writes; nothing is silently overwritten. */
class ConcurrentEditIT {
    @TempDir
    Path folder;

    private SandboxRepo repo;
    private String deskId;

    @BeforeEach
    void start() {
        repo = SandboxRepo.start(folder, FaultSpec.NONE);
        assertThat(repo.ferry("apply", "--env", "dev", "--approve").exitCode()).isZero();
        deskId = repo.find("dev", VapiKind.ASSISTANT, "Larkspur Front Desk").get("id").asString();
        repo.edit("assistants/front-desk.yaml", "temperature: 0.3", "temperature: 0.5");
    }

    @AfterEach
    void stop() {
        repo.close();
    }

    private void dashboardSetsFirstMessage(VapiClient dashboard, String text) {
        dashboard.update(VapiKind.ASSISTANT, deskId, JsonNodeFactory.instance.objectNode().put("firstMessage", text));
    }

    @Test
    void aSavedPlanWhoseObjectChangedSinceIsRefusedAsStaleAndWritesNothing() throws Exception {
        repo.ferry("plan", "--env", "dev", "--out", "../dev.plan.json");
        dashboardSetsFirstMessage(repo.client("dev"), "Hello from the dashboard.");

        FerryCli.Result result = repo.ferry("apply", "--env", "dev", "--plan", folder.resolve("dev.plan.json")
                .toString(), "--approve");

        assertThat(result.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).isEqualTo("ferry: " + folder.resolve("dev.plan.json") + " is stale; the org changed "
                + "since it was made [plan]:\n  assistant/front-desk changed in the org (firstMessage)\n"
                + "re-run ferry plan\n");
        ObjectNode desk = repo.client("dev").get(VapiKind.ASSISTANT, deskId);
        assertThat(desk.get("firstMessage").asString()).isEqualTo("Hello from the dashboard.");
        assertThat(desk.at("/model/temperature").asDouble()).isEqualTo(0.3);
    }

    @Test
    void anUnchangedSavedPlanIsCarriedOut() {
        repo.ferry("plan", "--env", "dev", "--out", "../dev.plan.json");

        FerryCli.Result result = repo.ferry("apply", "--env", "dev", "--plan", folder.resolve("dev.plan.json")
                .toString(), "--approve");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(repo.client("dev").get(VapiKind.ASSISTANT, deskId).at("/model/temperature").asDouble())
                .isEqualTo(0.5);
    }

    @Test
    void anEditBetweenThePlanAndTheReReadStopsTheRunBeforeItsWrite() {
        VapiClient dashboard = repo.client("dev");
        AtomicBoolean edited = new AtomicBoolean();
        repo.edit("tools/end-call.yaml", "End the call once", "End the call as soon as");

        var result = repo.apply("dev", false, new InstantTime(), exchange -> {
            if (exchange.method().equals("PATCH") && exchange.path().startsWith("/tool/") && edited.compareAndSet(false,
                    true)) {
                dashboardSetsFirstMessage(dashboard, "Edited while Ferry planned.");
            }
        });

        assertThat(result.exitCode()).isEqualTo(ExitCode.PARTIAL_APPLY);
        assertThat(result.problems()).containsExactly("assistants/front-desk.yaml: remote changed since plan "
                + "(firstMessage); re-run plan");
        ObjectNode desk = dashboard.get(VapiKind.ASSISTANT, deskId);
        assertThat(desk.get("firstMessage").asString()).isEqualTo("Edited while Ferry planned.");
        assertThat(desk.at("/model/temperature").asDouble()).isEqualTo(0.3);
    }

    @Test
    void anEditBetweenTheReReadAndTheWriteIsKeptAndStopsTheRun() throws Exception {
        VapiClient dashboard = repo.client("dev");
        AtomicBoolean edited = new AtomicBoolean();

        var result = repo.apply("dev", false, new InstantTime(), exchange -> {
            if (exchange.method().equals("GET") && exchange.path().equals("/assistant/" + deskId)
                    && edited.compareAndSet(false, true)) {
                dashboardSetsFirstMessage(dashboard, "Edited while Ferry wrote.");
            }
        });

        assertThat(result.exitCode()).isEqualTo(ExitCode.PARTIAL_APPLY);
        assertThat(result.problems()).containsExactly("assistants/front-desk.yaml: changed in the org while Ferry was "
                + "writing it (firstMessage); that change was kept, Ferry's fields were written; re-run plan to "
                + "review");
        ObjectNode desk = dashboard.get(VapiKind.ASSISTANT, deskId);
        assertThat(desk.get("firstMessage").asString()).isEqualTo("Edited while Ferry wrote.");
        assertThat(desk.at("/model/temperature").asDouble()).isEqualTo(0.5);
        FerryCli.Result plan = repo.ferry("plan", "--env", "dev");
        assertThat(plan.out()).contains("firstMessage \"Edited while Ferry wrote.\" → \"Thanks for calling Larkspur");
        assertThat(Files.readString(repo.root().resolve("state/dev.json"))).contains(deskId);
    }
}
