package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.shell.LineCompletion;
import dev.ferry.testing.SampleRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What Tab offers in {@code ferry shell}, from the real command model and the sample platform
 * repo: commands, the options of the command being typed, environment names and slugs.
 */
class ShellCompletionTest {
    private static final List<String> SAMPLE_ENVIRONMENTS = List.of("dev", "uat", "prod");

    @TempDir
    Path temp;

    @Test
    void anEmptyLineOffersTheCommandsAndTheShellWordsButNotWhatTheShellRefuses() {
        LineCompletion completion = completionIn(SampleRepo.sampleDir());

        List<String> candidates = completion.candidates(List.of(), "");

        assertThat(candidates).contains("validate", "plan", "apply", "export", "promote", "completion", "help", "exit",
                "quit");
        assertThat(candidates).doesNotContain("demo", "sandbox", "shell", "__complete");
        assertThat(completion.candidates(List.of(), "pr")).containsExactly("promote");
    }

    @Test
    void aDashOffersTheOptionsOfTheCommandBeingTypedWithTheGlobalOnes() {
        LineCompletion completion = completionIn(SampleRepo.sampleDir());

        List<String> planOptions = completion.candidates(List.of("plan"), "--");

        assertThat(planOptions).contains("--env", "--rev", "--out", "--detailed-exitcode", "--prune", "--output",
                "--no-color", "--help");
        assertThat(planOptions).doesNotContain("--approve", "--dir");
        assertThat(completion.candidates(List.of("apply", "--env", "dev"), "--appr"))
                .containsExactly("--approve", "--approved-by");
    }

    @Test
    void environmentOptionsOfferTheEnvironmentsOfTheRepo() {
        LineCompletion completion = completionIn(SampleRepo.sampleDir());

        assertThat(completion.candidates(List.of("plan", "--env"), "")).containsExactlyElementsOf(SAMPLE_ENVIRONMENTS);
        assertThat(completion.candidates(List.of("apply", "--env"), "u")).containsExactly("uat");
        assertThat(completion.candidates(List.of("promote", "--from", "dev", "--to"), ""))
                .containsExactlyElementsOf(SAMPLE_ENVIRONMENTS);
        assertThat(completion.candidates(List.of("plan"), "--env=p")).containsExactly("--env=prod");
        assertThat(completion.candidates(List.of("diff", "--from"), "")).containsExactly("git", "dev", "uat", "prod");
    }

    @Test
    void optionsWithFixedValuesOfferThem() {
        LineCompletion completion = completionIn(SampleRepo.sampleDir());

        assertThat(completion.candidates(List.of("validate", "--output"), "")).containsExactly("text", "json", "yaml");
        assertThat(completion.candidates(List.of("export", "--env", "dev", "--kind"), "S"))
                .containsExactly("Squad", "StructuredOutput");
    }

    @Test
    void optionsThatTakeFreeTextOfferNoNamesEvenWhenTheirLabelLooksLikeOne() {
        LineCompletion completion = completionIn(SampleRepo.sampleDir());

        assertThat(completion.candidates(List.of("rollback", "--env", "dev", "--to"), "")).isEmpty();
        assertThat(completion.candidates(List.of("promote", "--from", "dev", "--to", "uat", "--branch"), "")).isEmpty();
        assertThat(completion.candidates(List.of("plan", "--env", "dev", "--rev"), "")).isEmpty();
    }

    @Test
    void positionalsOfPlanApplyExportAndPromoteOfferTheSlugsOfTheRepo() {
        LineCompletion completion = completionIn(SampleRepo.sampleDir());

        for (List<String> before : List.of(List.of("plan", "--env", "dev"), List.of("apply", "--env", "dev", "crm"),
                List.of("export", "--env", "uat"), List.of("promote", "--from", "dev", "--to", "uat"))) {
            assertThat(completion.candidates(before, "bo")).as("after %s", before)
                    .containsExactly("book-appointment", "booking-agent");
        }
        List<String> all = completion.candidates(List.of("plan", "--env", "dev"), "");
        assertThat(all).hasSize(15).contains("front-desk", "support-line", "crm", "service-faqs", "call-summary");
        assertThat(all).as("policies are local only").doesNotContain("safety");
    }

    @Test
    void namesComeFromTheRepoThatDashCNamesOnTheLine() {
        LineCompletion completion = completionIn(temp);

        assertThat(completion.candidates(List.of("plan", "--env"), "")).as("outside a repo").isEmpty();
        assertThat(completion.candidates(List.of("-C", SampleRepo.sampleDir().toString(), "plan", "--env"), ""))
                .containsExactlyElementsOf(SAMPLE_ENVIRONMENTS);
        assertThat(completion.candidates(List.of("plan", "-C", SampleRepo.sampleDir().toString(), "--env", "dev"),
                "end")).containsExactly("end-call");
    }

    @Test
    void theShellsOwnDashCDirectoryIsWhereNamesAreReadFrom() {
        GlobalOptions global = new GlobalOptions();
        global.directory = SampleRepo.sampleDir();

        LineCompletion completion = ShellCommand.shell(model(), global, Map.of("FERRY_HOME", temp.toString()))
                .completion();

        assertThat(completion.candidates(List.of("drift", "--env"), "")).containsExactlyElementsOf(SAMPLE_ENVIRONMENTS);
    }

    private LineCompletion completionIn(Path directory) {
        GlobalOptions global = new GlobalOptions();
        global.directory = directory;
        return ShellCommand.shell(model(), global, Map.of("FERRY_HOME", temp.resolve("home").toString()))
                .completion();
    }

    static CommandSpec model() {
        return new CommandLine(new FerryCommand(), new Factory(Map.of(), new Terminal(false, false)))
                .getCommandSpec();
    }
}
