package dev.ferry.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.sandbox.FaultSpec;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.SandboxRepo;
import dev.ferry.vapi.VapiKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code ferry rollback}: to a Git revision, and undoing one run from its backup. */
class RollbackIT {
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

    @Test
    void rollbackToARevisionAppliesThatRevisionWithoutTouchingTheWorkingTree() throws Exception {
        repo.commitAll("v1");
        assertThat(repo.ferry("apply", "--env", "dev", "--approve").exitCode()).isZero();
        repo.edit("assistants/front-desk.yaml", "temperature: 0.3", "temperature: 0.9");
        repo.commitAll("v2");
        assertThat(repo.ferry("apply", "--env", "dev", "--approve").exitCode()).isZero();

        FerryCli.Result rollback = repo.ferry("rollback", "--env", "dev", "--to", "HEAD~1", "--approve");

        assertThat(rollback.exitCode()).as(rollback.err()).isZero();
        assertThat(rollback.out()).contains("(revision HEAD~1)").contains("model.temperature 0.9 → 0.3");
        assertThat(repo.find("dev", VapiKind.ASSISTANT, "Larkspur Front Desk").at("/model/temperature").asDouble())
                .isEqualTo(0.3);
        assertThat(Files.readString(repo.root().resolve("assistants/front-desk.yaml"))).contains("temperature: 0.9");
        assertThat(repo.ferry("plan", "--env", "dev", "--rev", "HEAD~1", "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void rollbackOfARunPatchesBackDeletesWhatItMadeAndRecreatesWhatItDeleted() throws Exception {
        repo.ferry("apply", "--env", "dev", "--approve");
        String oldEndCall = repo.find("dev", VapiKind.TOOL, "end_call").get("id").asString();
        repo.edit("assistants/front-desk.yaml", "temperature: 0.3", "temperature: 0.9");
        for (String assistant : List.of("after-hours", "recepcion-es", "billing-agent", "booking-agent",
                "front-desk")) {
            repo.edit("assistants/" + assistant + ".yaml", "    - ref: end-call\n", "");
        }
        SampleRepo.delete(repo.root(), "tools/end-call.yaml");
        SampleRepo.write(repo.root(), "tools/voicemail.yaml", """
                kind: Tool
                apiVersion: v1
                metadata: {name: voicemail}
                spec:
                  type: voicemail
                  function: {name: leave_voicemail}
                """);
        FerryCli.Result changed = repo.ferry("apply", "--env", "dev", "--approve", "--prune");
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        String run = repo.ferry("runs").outLines().get(0).split(" ")[0];

        FerryCli.Result rollback = repo.ferry("rollback", "--env", "dev", "--run", run, "--approve");

        assertThat(rollback.exitCode()).as(rollback.err()).isZero();
        assertThat(rollback.out()).contains("+ create", "tool/end-call", "~ update", "- delete", "tool/voicemail");
        assertThat(repo.names("dev", VapiKind.TOOL)).containsEntry("end_call", 1).doesNotContainKey("leave_voicemail");
        String newEndCall = repo.find("dev", VapiKind.TOOL, "end_call").get("id").asString();
        assertThat(newEndCall).isNotEqualTo(oldEndCall);
        JsonNode desk = repo.find("dev", VapiKind.ASSISTANT, "Larkspur Front Desk");
        assertThat(desk.at("/model/temperature").asDouble()).isEqualTo(0.3);
        List<String> toolIds = new ArrayList<>();
        desk.at("/model/toolIds").forEach(id -> toolIds.add(id.asString()));
        assertThat(toolIds).contains(newEndCall).doesNotContain(oldEndCall);
        assertThat(Files.readString(repo.root().resolve("state/dev.json"))).contains(newEndCall)
                .doesNotContain("\"tool/voicemail\"");
    }
}
