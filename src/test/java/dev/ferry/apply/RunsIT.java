package dev.ferry.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ExitCode;
import dev.ferry.sandbox.FaultSpec;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.SandboxRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Run folders: what an apply keeps (plan, backups, audit, record) and how {@code ferry runs} shows it. */
class RunsIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void anApplyKeepsItsPlanBackupsAuditAndRecordAndRunsShowsThem() throws Exception {
        try (SandboxRepo repo = SandboxRepo.start(folder, FaultSpec.NONE)) {
            repo.ferry("apply", "--env", "dev", "--approve");
            repo.edit("assistants/front-desk.yaml", "temperature: 0.3", "temperature: 0.6");

            FerryCli.Result applied = repo.ferry("apply", "--env", "dev", "--approve", "--ticket", "CHG-7",
                    "--approved-by", "robin", "--confirm", "monitoring");
            FerryCli.Result list = repo.ferry("runs");
            String id = list.outLines().get(0).split(" ")[0];
            FerryCli.Result show = repo.ferry("runs", "show", id.substring(0, id.length() - 2));

            assertThat(applied.exitCode()).isZero();
            assertThat(list.outLines()).hasSize(2);
            assertThat(list.outLines().get(0)).contains(" dev ").contains(" apply ").contains(" applied ")
                    .endsWith("ticket CHG-7");
            assertThat(show.out()).contains("run " + id + ": apply of dev, applied")
                    .contains("  ticket CHG-7, approved by robin").contains("  confirmed monitoring")
                    .contains("  done: updated assistant/front-desk ").contains("  backup: 1 object(s)");
            Path run = repo.root().resolve(".ferry/runs").resolve(id);
            JsonNode backup = JSON.readTree(run.resolve("backup/assistant/front-desk.json").toFile());
            assertThat(backup.at("/body/model/temperature").asDouble()).isEqualTo(0.3);
            assertThat(backup.at("/body/server/headers/X-Larkspur-Signature").asString())
                    .isEqualTo("${secrets://webhooks/signing-key}");
            List<String> audit = Files.readAllLines(run.resolve("audit.jsonl"));
            JsonNode patch = audit.stream().map(JSON::readTree).filter(line -> line.path("method").asString()
                    .equals("PATCH")).findFirst().orElseThrow();
            assertThat(patch.path("idempotencyKey").asString()).isEqualTo(id + "/assistant/front-desk");
            assertThat(patch.path("status").asInt()).isEqualTo(200);
            assertThat(patch.path("requestSha256").asString()).hasSize(64);
            assertThat(patch.propertyNames()).containsExactlyInAnyOrder("time", "environment", "method", "path",
                    "status", "durationMs", "idempotencyKey", "requestSha256", "responseSha256");
            assertThat(Files.readString(run.resolve("summary.txt"))).startsWith("Applied to dev: 0 to create, 1 to "
                    + "update");
            assertThat(JSON.readTree(run.resolve("plan.json").toFile()).path("environment").asString())
                    .isEqualTo("dev");
        }
    }

    @Test
    void anUnknownRunIsAUsageError() {
        try (SandboxRepo repo = SandboxRepo.start(folder, FaultSpec.NONE)) {
            FerryCli.Result show = repo.ferry("runs", "show", "nope");

            assertThat(show.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(show.err()).isEqualTo("ferry: no run 'nope' in .ferry/runs; ferry runs lists them\n");
        }
    }
}
