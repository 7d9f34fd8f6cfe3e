package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.SampleRepo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ferry shell} driven through JLine's dumb terminal: typed lines in, what the screen shows
 * out, with the Ferry home in a temp folder so that the history lands there.
 */
class ShellSessionIT {
    private static final String VALID_SAMPLE = "validated 17 files, 16 resources: 0 errors, 0 warnings";

    @TempDir
    Path temp;

    @Test
    void aSessionRunsCommandsSurvivesAnUnknownOneAndWritesTheHistory() throws IOException {
        Path repo = SampleRepo.copyInto(temp.resolve("work"));
        Path spaced = temp.resolve("my platform");
        SampleRepo.copyTree(repo, spaced);
        Path home = temp.resolve("home");

        Session session = run(repo, home, """
                validate
                frobnicate --env dev
                validate "%s"
                exit
                validate --no-such-option
                """.formatted(spaced));

        assertThat(session.exitCode()).isZero();
        assertThat(session.lines()).containsSubsequence(
                VALID_SAMPLE,
                "ferry: unknown command 'frobnicate'; type help for the commands",
                VALID_SAMPLE);
        assertThat(session.screen()).as("nothing runs after exit").doesNotContain("no-such-option");
        assertThat(session.screen()).as("plain output").doesNotContain("\u001b");
        assertThat(history(home)).containsExactly("validate", "frobnicate --env dev",
                "validate \"" + spaced + "\"", "exit");
    }

    @Test
    void aFailingCommandPrintsItsMessageAndTheShellGoesOnUntilTheInputEnds() throws IOException {
        Path repo = SampleRepo.copyInto(temp);
        SampleRepo.write(repo, "tools/crm.yaml", "kind: Tool\napiVersion: v1\nmetadata: {name: crm}\nspec: [\n");

        Session session = run(repo, temp.resolve("home"), "validate\nplan --env nowhere\nvalidate -C " + temp
                + "/missing!!\n");

        assertThat(session.exitCode()).isZero();
        assertThat(session.lines()).containsSubsequence(
                "tools/crm.yaml:5:1: error: not valid YAML: while parsing a flow node: expected the node content, "
                        + "but found 'the end of the file' [yaml-syntax]",
                "validated 17 files, 15 resources: 1 error, 0 warnings",
                "ferry: " + temp + "/missing!!: no such folder");
        assertThat(session.lines().get(session.lines().size() - 1)).isEqualTo("ferry> ");
    }

    @Test
    void theWorkbenchDemoAndSandboxAreRefusedWithTheReason() throws IOException {
        Path repo = SampleRepo.copyInto(temp);

        Session session = run(repo, temp.resolve("home"), "demo --no-open\nsandbox\n--debug\nshell\nexit\n");

        assertThat(session.lines()).containsSubsequence(
                "ferry: 'demo' does not run inside the shell; type exit, then run ferry demo",
                "ferry: 'sandbox' does not run inside the shell; type exit, then run ferry sandbox",
                "ferry: the workbench does not open inside the shell; type exit, then run ferry. "
                        + "Type help for the commands.",
                "ferry: you are in the shell already");
        assertThat(Files.exists(repo.resolve(".ferry/sandbox"))).isFalse();
    }

    @Test
    void helpListsTheCommandsAndHelpWithACommandShowsItsUsage() throws IOException {
        Path repo = SampleRepo.copyInto(temp);

        Session session = run(repo, temp.resolve("home"), "help\nhelp plan\nquit\n");

        assertThat(session.lines()).contains(
                "Commands (type help COMMAND, or COMMAND --help, for its options):",
                "Shell words: help, exit, quit. Ctrl+D leaves too; Ctrl+C clears the line.");
        assertThat(session.lines()).anyMatch(line -> line.matches("  validate +Check the platform repo .*"));
        assertThat(session.lines()).noneMatch(line -> line.startsWith("  demo ") || line.startsWith("  __complete"));
        assertThat(session.lines()).anyMatch(line -> line.startsWith("Usage: ferry plan "));
    }

    @Test
    void theShellsGlobalOptionsApplyToEveryLineUnlessTheLineGivesItsOwn() throws IOException {
        Path repo = SampleRepo.copyInto(temp);
        GlobalOptions global = new GlobalOptions();
        global.directory = repo;
        global.output = OutputFormat.json;

        List<String> inherited = ShellCommand.withGlobals(global, List.of("validate"));
        List<String> overridden = ShellCommand.withGlobals(global, List.of("validate", "-C", "/elsewhere",
                "--output=yaml"));

        assertThat(inherited).containsExactly("-C", repo.toString(), "--output", "json", "validate");
        assertThat(overridden).containsExactly("validate", "-C", "/elsewhere", "--output=yaml");
    }

    private record Session(int exitCode, String screen) {
        /** The screen as lines, with the prompt left in front of whatever followed it. */
        List<String> lines() {
            return screen.lines().map(line -> line.startsWith("ferry> ") && line.length() > 7 ? line.substring(7)
                    : line).toList();
        }
    }

    private static Session run(Path directory, Path home, String input) throws IOException {
        GlobalOptions global = new GlobalOptions();
        global.directory = directory;
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int code;
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), output, StandardCharsets.UTF_8)) {
            code = ShellCommand.shell(ShellCompletionTest.model(), global, Map.of("FERRY_HOME", home.toString(),
                    "TERM", "dumb")).run(terminal);
        }
        return new Session(code, output.toString(StandardCharsets.UTF_8));
    }

    /** The history file's lines without JLine's time stamps. */
    private static List<String> history(Path home) throws IOException {
        return Files.readAllLines(home.resolve("history")).stream().map(line -> line.replaceFirst("^\\d+:", ""))
                .toList();
    }
}
