package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.FerryCli;
import dev.ferry.demo.DemoSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** diff, export and render against the demo: the sample repo with dashboard edits in uat and prod. */
class ColumnCommandsIT {
    @TempDir
    static Path folder;

    private static Path repo;

    @BeforeAll
    static void makeDemo() {
        repo = folder.resolve("demo");
        DemoSetup.createRepo(Path.of("samples/platform"), repo);
        DemoSetup.fill(repo, Map.of());
    }

    private static FerryCli.Result ferry(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "-C";
        all[1] = repo.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return FerryCli.run(all);
    }

    @Test
    void diffShowsTheDashboardEditAndExitsFourWhenAsked() {
        FerryCli.Result result = ferry("diff", "--from", "git", "--to", "uat", "--exit-code");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.outLines()).contains("=== tool/book-appointment  git -> uat",
                "~ server.timeoutSeconds 20 → 45", "=== assistant/holiday-promo-line  only in uat");
        assertThat(result.errLines()).containsExactly("3 of 20 resource(s) differ between git and uat");
    }

    @Test
    void diffOfAnEnvironmentInSyncIsEmptyAndExitsZero() {
        FerryCli.Result result = ferry("diff", "--from", "git", "--to", "dev", "--exit-code");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
    }

    @Test
    void diffAsJsonGivesEveryResourceWithItsStatus() throws Exception {
        FerryCli.Result result = ferry("--output", "json", "diff", "--from", "uat", "--to", "prod");

        JsonNode root = JsonMapper.builder().build().readTree(result.out());
        assertThat(root.get("from").asString()).isEqualTo("uat");
        assertThat(root.get("resources")).anySatisfy(item -> {
            assertThat(item.get("key").asString()).isEqualTo("after-hours");
            assertThat(item.get("status").asString()).isEqualTo("only-uat");
        });
        assertThat(root.get("resources")).anySatisfy(item -> {
            assertThat(item.get("key").asString()).isEqualTo("booking-agent");
            assertThat(item.get("status").asString()).isEqualTo("changed");
            assertThat(item.at("/diff/changes/0/path").asString()).isEqualTo("model.model");
        });
    }

    @Test
    void diffAgainstTheCommittedRevisionSeesOnlyWorkingTreeChanges() throws Exception {
        Path copy = folder.resolve("edited");
        DemoSetup.createRepo(Path.of("samples/platform"), copy);
        Path prompt = copy.resolve("prompts/booking-agent.md");
        Files.writeString(prompt, Files.readString(prompt).replace("two earliest", "three earliest"));

        FerryCli.Result result = FerryCli.run("-C", copy.toString(), "diff", "--from", "git@HEAD", "--to", "git",
                "--exit-code");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.outLines()).contains("=== assistant/booking-agent  git@HEAD -> git",
                "~ model.messages[system].content: 1 line changed");
        assertThat(Files.readString(prompt)).contains("three earliest");
    }

    @Test
    void exportWritesAnUnmanagedAssistantAsAValidDocument() throws Exception {
        Path out = folder.resolve("export-out");

        FerryCli.Result result = ferry("export", "--env", "prod", "--out", out.toString(), "legacy-ivr-greeter");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("create assistants/legacy-ivr-greeter.yaml");
        String written = Files.readString(out.resolve("assistants/legacy-ivr-greeter.yaml"));
        assertThat(written).contains("name: Legacy IVR Greeter", "serverUrl: https://legacy-ivr.larkspur.example/webhook");
    }

    @Test
    void exportLeavesADocumentThatAlreadySaysWhatTheOrgHasAsItIsEvenWithForce() throws Exception {
        Path copy = folder.resolve("in-sync");
        DemoSetup.createRepo(Path.of("samples/platform"), copy);
        DemoSetup.fill(copy, Map.of());
        Path file = copy.resolve("assistants/recepcion-es.yaml");
        String before = Files.readString(file);

        FerryCli.Result preview = FerryCli.run("-C", copy.toString(), "export", "--env", "uat", "--dry-run");
        FerryCli.Result forced = FerryCli.run("-C", copy.toString(), "export", "--env", "uat", "--force",
                "recepcion-es");

        assertThat(preview.outLines()).noneMatch(line -> line.startsWith("conflict")
                && line.contains("assistants/recepcion-es.yaml"));
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.outLines()).contains("unchanged assistants/recepcion-es.yaml");
        assertThat(Files.readString(file)).isEqualTo(before).contains("systemPromptRef: prompts/recepcion-es.md",
                "safetyPolicyRef: policies/safety.yaml");
    }

    @Test
    void exportRefusesToOverwriteAChangedFileWithoutForce() throws Exception {
        Path out = folder.resolve("export-twice");
        ferry("export", "--env", "uat", "--out", out.toString(), "front-desk");
        String before = Files.readString(out.resolve("prompts/front-desk.md"));

        FerryCli.Result fromProd = ferry("export", "--env", "prod", "--out", out.toString(), "front-desk");

        assertThat(fromProd.exitCode()).isEqualTo(5);
        assertThat(fromProd.err()).contains("nothing was written. Run again with --force");
        assertThat(Files.readString(out.resolve("prompts/front-desk.md"))).isEqualTo(before);
    }

    @Test
    void renderPrintsPayloadsForTheEnvironmentWithSecretsAsReferences() {
        FerryCli.Result result = FerryCli.runWith(Map.of("PROD_WEBHOOKS_SIGNING_KEY", "canary-value-93xq"),
                "-C", repo.toString(), "render", "--env", "prod", "front-desk");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("# assistant/front-desk from assistants/front-desk.yaml",
                "model: gpt-4.1", "X-Larkspur-Signature: ${secrets://webhooks/signing-key}",
                "- \"@ref:tool/book-appointment\"");
        assertThat(result.out() + result.err()).doesNotContain("canary-value-93xq");
    }
}
