package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
    private static final String FLOW =
            "kind: Tool\napiVersion: v1\nmetadata: {name: end-call}\nspec: {type: endCall}\n";

    @TempDir
    Path repo;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void smallRepo() throws IOException {
        Files.writeString(repo.resolve("environments.yaml"), "apiVersion: v1\nproject: test\nenvironments:\n"
                + "  dev: {org: test-dev, api: sandbox, access: write}\n");
        Files.createDirectories(repo.resolve("tools"));
        Files.writeString(repo.resolve("tools/end-call.yaml"), FLOW);
    }

    @Test
    void checkListsTheFilesThatWouldChangeExitsFourAndWritesNothing() throws IOException {
        int code = run("-C", repo.toString(), "fmt", "--check");

        assertThat(code).isEqualTo(ExitCode.DIFFERENCES);
        assertThat(out.toString()).isEqualTo("tools/end-call.yaml\n");
        assertThat(err.toString()).isEqualTo("1 file needs formatting; run 'ferry fmt' to rewrite it\n");
        assertThat(Files.readString(repo.resolve("tools/end-call.yaml"))).isEqualTo(FLOW);
    }

    @Test
    void fmtRewritesAndSaysWhatItChangedThenCheckIsClean() throws IOException {
        int first = run("-C", repo.toString(), "fmt");
        String firstOut = out.toString();
        out.getBuffer().setLength(0);
        int check = run("-C", repo.toString(), "fmt", "--check");

        assertThat(first).isEqualTo(ExitCode.OK);
        assertThat(firstOut).isEqualTo("formatted tools/end-call.yaml\n");
        assertThat(Files.readString(repo.resolve("tools/end-call.yaml"))).isEqualTo(
                "kind: Tool\napiVersion: v1\nmetadata:\n  name: end-call\nspec:\n  type: endCall\n");
        assertThat(check).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void namedFilesAreFormattedOnlyThose() throws IOException {
        Files.writeString(repo.resolve("tools/other.yaml"), FLOW.replace("end-call", "other"));

        int code = run("-C", repo.toString(), "fmt", "tools/other.yaml");

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEqualTo("formatted tools/other.yaml\n");
        assertThat(Files.readString(repo.resolve("tools/end-call.yaml"))).isEqualTo(FLOW);
    }

    @Test
    void aBrokenFileExitsThreeWithItsPosition() throws IOException {
        Files.writeString(repo.resolve("tools/broken.yaml"), "kind: Tool\nspec: [unclosed\n");

        int code = run("-C", repo.toString(), "fmt", "--check");

        assertThat(code).isEqualTo(ExitCode.INVALID_CONFIG);
        assertThat(err.toString()).startsWith("tools/broken.yaml:3:1: error: not valid YAML");
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
    }
}
