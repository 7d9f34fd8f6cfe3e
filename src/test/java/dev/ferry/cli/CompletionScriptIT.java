package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.testing.FerryCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash script of {@code ferry completion bash}, run by a real bash: the words of a command
 * line go in as bash would pass them, the candidates come out. {@code ferry} is a stand-in that
 * answers {@code __complete} with fixed names and records how it was called.
 */
class CompletionScriptIT {
    @TempDir
    Path temp;

    private Path script;
    private Path calls;

    @BeforeEach
    void writeScriptAndStandIn() throws IOException {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "bash is not installed");
        script = Files.writeString(temp.resolve("ferry.bash"), FerryCli.run("completion", "bash").out());
        calls = temp.resolve("calls.txt");
        Path standIn = temp.resolve("ferry");
        Files.writeString(standIn, """
                #!/bin/bash
                echo "$*" >> '%s'
                case "${@: -1}" in
                  envs) printf 'dev\\nuat\\nprod\\n' ;;
                  slugs) printf 'booking-agent\\nbook-appointment\\ncrm\\n' ;;
                esac
                """.formatted(calls));
        Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void environmentOptionsCompleteToTheNamesFerryReports() throws Exception {
        assertThat(complete("plan", "--env", "")).containsExactly("dev", "uat", "prod");
        assertThat(complete("promote", "--from", "dev", "--to", "u")).containsExactly("uat");
        assertThat(complete("diff", "--from", "")).containsExactly("git", "dev", "uat", "prod");
    }

    @Test
    void slugPositionalsCompleteToTheSlugsFerryReports() throws Exception {
        assertThat(complete("apply", "--env", "dev", "boo")).containsExactly("booking-agent", "book-appointment");
    }

    @Test
    void commandsAndOptionsComeFromTheGeneratedScriptWithoutAskingFerry() throws Exception {
        assertThat(complete("pl")).containsExactly("plan");
        assertThat(complete("plan", "--det")).containsExactly("--detailed-exitcode");
        assertThat(Files.exists(calls)).isFalse();
    }

    @Test
    void dashCOnTheLineIsPassedOnToFerry() throws Exception {
        complete("-C", "/some/repo", "drift", "--env", "");

        assertThat(Files.readAllLines(calls)).containsExactly("-C /some/repo __complete envs");
    }

    /** Runs the completion function for {@code ferry WORDS...}, the last word being the one under the cursor. */
    private List<String> complete(String... words) throws Exception {
        StringBuilder array = new StringBuilder("'" + temp.resolve("ferry") + "'");
        for (String word : words) {
            array.append(" '").append(word).append("'");
        }
        String program = "source '" + script + "'\n"
                + "COMP_WORDS=(" + array + ")\n"
                + "COMP_CWORD=" + words.length + "\n"
                + "COMP_LINE=\"${COMP_WORDS[*]}\"\n"
                + "_complete_ferry_with_names\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process process = new ProcessBuilder("/bin/bash", "-c", program).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        return out.lines().filter(line -> !line.isEmpty()).toList();
    }
}
