package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.FerryCli;
import dev.ferry.testing.SampleRepo;
import org.junit.jupiter.api.Test;

/** {@code ferry completion bash|zsh} and the hidden {@code ferry __complete} its script calls. */
class CompletionCommandTest {
    @Test
    void theBashScriptNamesTheCommandsAndTheirOptionsAndAsksFerryForNames() {
        FerryCli.Result result = FerryCli.run("completion", "bash");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        String script = result.out();
        assertThat(script).contains("local commands=\"validate init schemas fmt render diff export import promote plan "
                + "apply drift runs rollback sandbox demo test shell completion\"");
        assertThat(script).contains("function _picocli_ferry_plan()", "'--env'", "'--detailed-exitcode'",
                "'--approve'", "'--prune'", "'--output'");
        assertThat(script).contains("\"plan --env\"|", "\"promote --from\"|", "\"diff --from\"|\"diff --to\")",
                "apply|diff|export|plan|promote|render|test) _ferry_reply \"$(_ferry_repo_names slugs)\"");
        assertThat(script).as("the hidden command is not offered").doesNotContain("_picocli_ferry___complete");
        assertThat(script).endsWith("complete -F _complete_ferry_with_names -o default ferry\n");
    }

    @Test
    void theZshScriptLoadsTheBashOneThroughBashcompinit() {
        FerryCli.Result result = FerryCli.run("completion", "zsh");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("# Ferry completion for zsh")
                .contains("autoload -U +X bashcompinit && bashcompinit", "complete -F _complete_ferry_with_names");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        FerryCli.Result result = FerryCli.run("completion", "fish");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "ferry: Invalid value for positional parameter at index 0 (SHELL): expected one of [bash, zsh] "
                        + "(case-insensitive) but was 'fish'",
                "Run 'ferry completion --help' for usage.");
    }

    @Test
    void theHelpSaysHowToInstallIt() {
        FerryCli.Result result = FerryCli.run("completion", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).contains("Install for bash (in ~/.bashrc):   source <(ferry completion bash)",
                "Install for zsh (in ~/.zshrc):     source <(ferry completion zsh)");
    }

    @Test
    void theHiddenCompleteCommandPrintsEnvironmentsAndSlugsOfTheRepo() {
        String repo = SampleRepo.sampleDir().toString();

        FerryCli.Result environments = FerryCli.run("-C", repo, "__complete", "envs");
        FerryCli.Result slugs = FerryCli.run("-C", repo, "__complete", "slugs");

        assertThat(environments.outLines()).containsExactly("dev", "uat", "prod");
        assertThat(slugs.outLines()).hasSize(15).startsWith("after-hours", "billing-agent").doesNotContain("safety");
        assertThat(FerryCli.run("--help").out()).doesNotContain("__complete");
    }
}
