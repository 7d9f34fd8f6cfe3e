package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.testing.FerryCli;
import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.TreeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code ferry validate} end to end through {@link Main#run}: exit codes, where findings go
 * (stderr as text, stdout as data), how the repo is found, and usage errors.
 */
class ValidateCommandIT {
    private static final List<String> SEVERAL_ERRORS = List.of(
            "assistants/billing-desk.yaml:7:20: error: spec.systemPromptRef: file 'prompts/billing-desk.md' does not "
                    + "exist [file-missing]",
            "assistants/billing-desk.yaml:9:12: error: spec.tools[0].ref: refers to Tool 'jira', which no file in "
                    + "tools/ defines [ref-unknown]",
            "assistants/order-desk.yaml:6:11: warning: metadata.labels.tier: 'Yes' is the string \"Yes\" for Ferry "
                    + "but a boolean for YAML 1.1 readers; write \"Yes\" if you mean the text, or true for a boolean "
                    + "[yaml-ambiguous]",
            "assistants/order-desk.yaml:11:18: error: spec.model.temperature: must be at most 2 (found 3.5) [schema]",
            "tools/jira-sync.yaml:8:11: error: spec.function.name: must be 1-64 letters, digits, '_' or '-' (found "
                    + "'sync jira') [function-name]",
            "validated 20 files, 19 resources: 4 errors, 1 warning");

    @TempDir
    Path temp;

    @Test
    void sampleRepoIsValid() {
        Map<String, String> before = TreeSnapshot.of(SampleRepo.sampleDir());

        FerryCli.Result result = FerryCli.run("validate", SampleRepo.sampleDir().toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).containsExactly("validated 17 files, 16 resources: 0 errors, 0 warnings");
        assertThat(result.out()).isEmpty();
        assertThat(TreeSnapshot.of(SampleRepo.sampleDir())).isEqualTo(before);
    }

    @Test
    void errorsExitThreeSortedByFileThenLineWithTheSummaryLast() {
        Path repo = repoWithSeveralErrors();

        FerryCli.Result result = FerryCli.run("validate", repo.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.errLines()).containsExactlyElementsOf(SEVERAL_ERRORS);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void jsonOutputIsDataOnStdoutAndNothingElse() {
        Path repo = repoWithSeveralErrors();

        FerryCli.Result result = FerryCli.run("--output", "json", "validate", repo.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEmpty();
        JsonNode data = JsonMapper.builder().build().readTree(result.out());
        assertThat(data.propertyNames()).containsExactly("valid", "files", "resources", "errors", "warnings",
                "findings");
        assertThat(data.get("valid").booleanValue()).isFalse();
        assertThat(data.get("files").intValue()).isEqualTo(20);
        assertThat(data.get("resources").intValue()).isEqualTo(19);
        assertThat(data.get("errors").intValue()).isEqualTo(4);
        assertThat(data.get("warnings").intValue()).isEqualTo(1);
        assertThat(data.get("findings")).hasSize(5);
        JsonNode temperature = data.get("findings").get(3);
        assertThat(temperature.get("file").asString()).isEqualTo("assistants/order-desk.yaml");
        assertThat(temperature.get("line").intValue()).isEqualTo(11);
        assertThat(temperature.get("column").intValue()).isEqualTo(18);
        assertThat(temperature.get("severity").asString()).isEqualTo("error");
        assertThat(temperature.get("field").asString()).isEqualTo("spec.model.temperature");
        assertThat(temperature.get("message").asString()).isEqualTo("must be at most 2 (found 3.5)");
        assertThat(temperature.get("rule").asString()).isEqualTo("schema");
    }

    @Test
    void jsonOutputOfAValidRepoSaysSoAndExitsZero() {
        FerryCli.Result result = FerryCli.run("validate", "--output", "json", SampleRepo.sampleDir().toString());

        assertThat(result.exitCode()).isZero();
        JsonNode data = JsonMapper.builder().build().readTree(result.out());
        assertThat(data.get("valid").booleanValue()).isTrue();
        assertThat(data.get("findings")).isEmpty();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void yamlOutputIsTheSameDataAsYaml() {
        Path repo = repoWithSeveralErrors();

        FerryCli.Result yaml = FerryCli.run("--output", "yaml", "validate", repo.toString());
        FerryCli.Result json = FerryCli.run("--output", "json", "validate", repo.toString());

        assertThat(yaml.exitCode()).isEqualTo(3);
        assertThat(yaml.out()).startsWith("valid: false\n");
        JsonNode fromYaml = YAMLMapper.builder().build().readTree(yaml.out());
        assertThat(fromYaml).isEqualTo(JsonMapper.builder().build().readTree(json.out()));
        assertThat(yaml.err()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        FerryCli.Result result = FerryCli.run("validate", "--strict", SampleRepo.sampleDir().toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("ferry: Unknown option: '--strict'",
                "Run 'ferry validate --help' for usage.");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void helpThatTheUsageHintPointsAtExists() {
        FerryCli.Result result = FerryCli.run("validate", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: ferry validate [-hV]")
                .contains("Check the platform repo against Ferry's schemas and lint rules.")
                .contains("Exit codes: 0 ok, 1 error, 2 usage, 3 invalid configuration");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void optionCPointsAtTheRepoBeforeOrAfterTheCommand() {
        Path repo = repoWithSeveralErrors();

        FerryCli.Result before = FerryCli.run("-C", repo.toString(), "validate");
        FerryCli.Result after = FerryCli.run("validate", "-C", repo.toString());

        assertThat(before.exitCode()).isEqualTo(3);
        assertThat(before.errLines()).containsExactlyElementsOf(SEVERAL_ERRORS);
        assertThat(after.exitCode()).isEqualTo(3);
        assertThat(after.errLines()).containsExactlyElementsOf(SEVERAL_ERRORS);
    }

    @Test
    void nearestParentWithEnvironmentsYamlIsTheRepo() {
        Path repo = repoWithSeveralErrors();

        FerryCli.Result fromOption = FerryCli.run("-C", repo.resolve("assistants").toString(), "validate");
        FerryCli.Result fromArgument = FerryCli.run("validate", repo.resolve("knowledge/service-faqs").toString());

        assertThat(fromOption.exitCode()).isEqualTo(3);
        assertThat(fromOption.errLines()).containsExactlyElementsOf(SEVERAL_ERRORS);
        assertThat(fromArgument.exitCode()).isEqualTo(3);
        assertThat(fromArgument.errLines()).containsExactlyElementsOf(SEVERAL_ERRORS);
    }

    @Test
    void folderOutsideAnyRepoIsInvalidConfiguration() throws Exception {
        Path lonely = Files.createDirectories(temp.resolve("lonely/folder"));
        for (Path parent = lonely; parent != null; parent = parent.getParent()) {
            assumeTrue(!Files.exists(parent.resolve("environments.yaml")), parent + " holds an environments.yaml");
        }

        FerryCli.Result result = FerryCli.run("validate", lonely.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.errLines()).containsExactly("ferry: " + lonely + ": not inside a platform repo (no "
                + "environments.yaml here or in any parent folder); 'ferry init' makes one");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void folderThatDoesNotExistIsAUsageError() {
        Path missing = temp.resolve("nowhere");

        FerryCli.Result result = FerryCli.run("validate", missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("ferry: " + missing + ": no such folder");
    }

    @Test
    void fileGivenForTheFolderIsAUsageErrorThatSaysSo() {
        Path file = SampleRepo.sampleDir().resolve("environments.yaml");

        FerryCli.Result result = FerryCli.run("validate", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("ferry: " + file + ": not a folder; give the folder of the "
                + "platform repo (the one that holds environments.yaml)");
    }

    private Path repoWithSeveralErrors() {
        return Fixtures.overlay(ValidateCommandIT.class, "several-errors", SampleRepo.copyInto(temp));
    }
}
