package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.gitops.GitopsFixtures;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.TreeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ferry import --from-gitops}: one command from a gitops repository to a platform repo
 * that validates, a list of what was not carried over, and nothing written on bad input.
 */
class ImportCommandTest {
    @TempDir
    Path temp;

    @Test
    void importedRepoValidatesAndTheReportNamesThePlantedHookToolId() throws Exception {
        Path gitops = GitopsFixtures.copy("two-environments", temp.resolve("harbor-gitops"));

        FerryCli.Result result = FerryCli.run("-C", temp.toString(), "import", "--from-gitops", "harbor-gitops",
                "--out", "platform");
        FerryCli.Result validate = FerryCli.run("validate", temp.resolve("platform").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).contains(temp.resolve("platform/environments.yaml").toString(),
                temp.resolve("platform/assistants/front-desk.yaml").toString(),
                temp.resolve("platform/prompts/front-desk.md").toString());
        assertThat(result.errLines()).contains(
                "not carried over: resources/dev/assistants/front-desk.md: hooks[0].do[0].toolId: names the gitops "
                        + "tool file 'end-call' in a field Ferry does not turn into a ref; kept as written, put the "
                        + "tool's id in each org there by hand",
                "not carried over: resources/dev/simulations/personalities/hurried-hank.yml: 'simulations' is not a "
                        + "kind Ferry manages; not carried over",
                "not carried over: .vapi-state.prod.json: the ids in this state file are not carried over; Ferry "
                        + "finds each object in the org by its name on the first plan");
        assertThat(result.errLines()).last().isEqualTo("imported 2 environment(s) from " + gitops + " into "
                + temp.resolve("platform") + ": 12 file(s), 5 item(s) not carried over; next: ferry validate "
                + temp.resolve("platform"));
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.errLines()).last().isEqualTo("validated 8 files, 7 resources: 0 errors, 0 warnings");
    }

    @Test
    void renderGivesEachEnvironmentItsOwnModelAndWebhookHost() throws Exception {
        GitopsFixtures.copy("two-environments", temp.resolve("harbor-gitops"));
        FerryCli.run("-C", temp.toString(), "import", "--from-gitops", "harbor-gitops");

        FerryCli.Result dev = FerryCli.run("-C", temp.resolve("platform").toString(), "render", "--env", "dev",
                "lookup-order", "billing");
        FerryCli.Result prod = FerryCli.run("-C", temp.resolve("platform").toString(), "render", "--env", "prod",
                "lookup-order", "billing");

        assertThat(dev.exitCode()).isZero();
        assertThat(dev.out()).contains("url: https://hooks.dev.harbor.example/vapi/tools/lookup-order")
                .contains("model: gpt-4.1-mini");
        assertThat(prod.exitCode()).isZero();
        assertThat(prod.out()).contains("url: https://hooks.harbor.example/vapi/tools/lookup-order")
                .contains("model: gpt-4.1\n");
    }

    @Test
    void malformedFileGivesFileAndLineExitThreeAndWritesNothing() throws Exception {
        Path gitops = GitopsFixtures.copy("two-environments", temp.resolve("harbor-gitops"));
        GitopsFixtures.replace(gitops.resolve("resources/prod/assistants/front-desk.md"), "  temperature: 0.4\n",
                "  temperature: 0.4\n    maxTokens: [250\n");
        Path work = Files.createDirectories(temp.resolve("work"));
        Map<String, String> before = TreeSnapshot.of(work);

        FerryCli.Result result = FerryCli.run("-C", work.toString(), "import", "--from-gitops", gitops.toString(),
                "--out", "platform");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.errLines()).containsExactly(
                "resources/prod/assistants/front-desk.md:8:14: error: not valid YAML: mapping values are not allowed "
                        + "here [yaml-syntax]",
                "ferry: 1 gitops file(s) cannot be read; nothing was written");
        assertThat(result.out()).isEmpty();
        assertThat(TreeSnapshot.of(work)).isEqualTo(before);
    }

    @Test
    void markdownAssistantWithoutClosingFrontMatterIsNamedWithItsLine() throws Exception {
        Path gitops = GitopsFixtures.copy("single-environment", temp.resolve("clinic-gitops"));
        Files.writeString(gitops.resolve("resources/assistants/reception.md"), "---\nname: Reception\n\nHello.\n");

        FerryCli.Result result = FerryCli.run("-C", temp.toString(), "import", "--from-gitops", "clinic-gitops");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.errLines()).first().isEqualTo("resources/assistants/reception.md:1:1: error: the front "
                + "matter that starts here has no closing '---' line [gitops-markdown]");
        assertThat(temp.resolve("platform")).doesNotExist();
    }

    @Test
    void nonEmptyOutFolderIsRefusedAndLeftAlone() throws Exception {
        GitopsFixtures.copy("single-environment", temp.resolve("clinic-gitops"));
        Path out = Files.createDirectories(temp.resolve("platform"));
        Files.writeString(out.resolve("notes.txt"), "mine\n");
        Map<String, String> before = TreeSnapshot.of(temp);

        FerryCli.Result result = FerryCli.run("-C", temp.toString(), "import", "--from-gitops", "clinic-gitops",
                "--out", "platform");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("ferry: " + out + " is not empty; import writes a new repo only "
                + "into a new or empty folder, so nothing was written. Choose another --out");
        assertThat(TreeSnapshot.of(temp)).isEqualTo(before);
    }

    @Test
    void emptyOutFolderIsFilled() throws Exception {
        GitopsFixtures.copy("single-environment", temp.resolve("clinic-gitops"));
        Files.createDirectories(temp.resolve("platform"));

        FerryCli.Result result = FerryCli.run("-C", temp.toString(), "import", "--from-gitops", "clinic-gitops",
                "--out", "platform");

        assertThat(result.exitCode()).isZero();
        assertThat(temp.resolve("platform/assistants/reception.yaml")).isRegularFile();
        assertThat(FerryCli.run("validate", temp.resolve("platform").toString()).exitCode()).isZero();
    }

    @Test
    void folderWithoutGitopsLayoutIsAUsageError() throws Exception {
        Files.createDirectories(temp.resolve("empty"));

        FerryCli.Result result = FerryCli.run("-C", temp.toString(), "import", "--from-gitops", "empty");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("ferry: " + temp.resolve("empty") + ": no gitops resources "
                + "here; expected resources/<env>/assistants/ (one folder per environment) or resources/assistants/ "
                + "(and tools/, squads/, structuredOutputs/)");
        assertThat(temp.resolve("platform")).doesNotExist();
    }
}
