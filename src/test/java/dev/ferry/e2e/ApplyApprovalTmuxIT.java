package dev.ferry.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.demo.DemoSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ferry apply} without {@code --approve} on a real terminal: it shows the plan and asks, and
 * only a typed "yes" writes. Driven in tmux, because the question needs a console.
 */
class ApplyApprovalTmuxIT {
    private static final String QUESTION = "Apply these changes to dev? Only 'yes' is accepted:";

    @TempDir
    Path folder;

    private Path repo;

    @BeforeEach
    void demoWithAChangeForDev() throws Exception {
        assumeTrue(TmuxSession.available(), "tmux is not installed; .ci/run installs it for this test");
        repo = folder.resolve("demo");
        DemoSetup.createRepo(Path.of("samples/platform"), repo);
        DemoSetup.fill(repo, Map.of());
        Path desk = repo.resolve("assistants/front-desk.yaml");
        Files.writeString(desk, Files.readString(desk).replace("temperature: 0.3", "temperature: 0.4"));
    }

    @Test
    void anythingButYesWritesNothingAndYesApplies() throws Exception {
        Path declined = folder.resolve("declined");
        String first = TmuxSession.ferryCommand(folder.resolve("ferry.log"), "-C", repo.toString(), "apply",
                "--env", "dev") + "; echo $? > " + TmuxSession.quote(declined.toString()) + "; sleep 30";
        try (TmuxSession session = TmuxSession.start(120, 40, first)) {
            String asked = session.waitForScreen(screen -> screen.contains(QUESTION));
            assertThat(asked).contains("update", "assistant/front-desk", "model.temperature 0.3 → 0.4");
            session.keys("y", "Enter");
            TmuxSession.waitFor(() -> Files.exists(declined) && !read(declined).isBlank());
            assertThat(session.capture()).contains("apply cancelled; nothing was written");
        }
        // As with Terraform, a declined apply is not a success: scripts that chain on it stop.
        assertThat(read(declined).strip()).isEqualTo("1");
        assertThat(planExitCode()).as("the change is still to be made").isEqualTo(4);

        Path approved = folder.resolve("approved");
        String second = TmuxSession.ferryCommand(folder.resolve("ferry.log"), "-C", repo.toString(), "apply",
                "--env", "dev") + "; echo $? > " + TmuxSession.quote(approved.toString()) + "; sleep 30";
        try (TmuxSession session = TmuxSession.start(120, 40, second)) {
            session.waitForScreen(screen -> screen.contains(QUESTION));
            session.keys("yes", "Enter");
            TmuxSession.waitFor(() -> Files.exists(approved) && !read(approved).isBlank());
        }
        assertThat(read(approved).strip()).isEqualTo("0");
        assertThat(planExitCode()).as("nothing left to change").isZero();
    }

    private int planExitCode() {
        return dev.ferry.testing.FerryCli.run("-C", repo.toString(), "plan", "--env", "dev", "--detailed-exitcode")
                .exitCode();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
