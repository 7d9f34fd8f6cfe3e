package dev.ferry.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real {@code ferry demo} in tmux as a person would: waits for the matrix, filters,
 * opens a diff, goes back and quits, then checks the terminal was given back with echo on.
 * Skipped with a message where tmux is missing ({@code .ci/run} installs it).
 */
class WorkbenchTmuxIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    private final String session = "ferry-e2e-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void killSession() throws Exception {
        tmux("kill-session", "-t", session);
    }

    @Test
    void theDemoOpensFiltersDiffsAndQuitsLeavingTheTerminalUsable() throws Exception {
        assumeTrue(tmux("-V") == 0, "tmux is not installed; .ci/run installs it for this test");
        Path demo = folder.resolve("demo");
        Path done = folder.resolve("exit-code");
        Path stty = folder.resolve("stty-after");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", List.of(
                quote(java), "-Dferry.home=" + quote(Path.of("").toAbsolutePath().toString()),
                "-Dorg.slf4j.simpleLogger.logFile=" + quote(folder.resolve("ferry.log").toString()),
                "-cp", quote(System.getProperty("java.class.path")), "dev.ferry.cli.Main",
                "demo", "--dir", quote(demo.toString())))
                + "; echo $? > " + quote(done.toString()) + "; stty -a > " + quote(stty.toString()) + "; sleep 30";
        assertThat(tmux("new-session", "-d", "-x", "130", "-y", "40", "-s", session, command)).isZero();

        String matrix = waitForScreen(screen -> screen.contains("larkspur-prod") && screen.contains("in sync")
                && !screen.contains("…"));
        assertThat(matrix).contains("front-desk", "holiday-promo-line", "legacy-ivr-greeter");

        keys("/", "front", "Enter");
        waitForScreen(screen -> screen.contains("/front (1 of"));
        keys("l", "l", "l");
        keys("Enter");
        String diff = waitForScreen(screen -> screen.contains("model.messages[system].content"));
        assertThat(diff).contains("diff assistant/front-desk", "uat", "prod");

        keys("q");
        waitForScreen(screen -> screen.contains("Resource"));
        keys("q");
        waitFor(() -> Files.exists(done));
        assertThat(Files.readString(done).strip()).isEqualTo("0");
        waitFor(() -> Files.exists(stty) && size(stty) > 0);
        String terminal = Files.readString(stty, StandardCharsets.UTF_8);
        assertThat(terminal).contains(" echo ").contains(" icanon ");
        assertThat(capture()).contains("The sandbox has stopped. The demo repo is in " + demo);
    }

    private void keys(String... keys) throws Exception {
        for (String key : keys) {
            tmux("send-keys", "-t", session, key);
        }
    }

    private String waitForScreen(Predicate<String> ready) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            screen = capture();
            if (ready.test(screen)) {
                return screen;
            }
            Thread.sleep(250); // polling a real terminal: there is nothing to wait on but the screen
        }
        throw new AssertionError("the screen never got there; last screen:\n" + screen);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for the process to finish");
            }
            Thread.sleep(250);
        }
    }

    private String capture() throws Exception {
        Process process = new ProcessBuilder("tmux", "capture-pane", "-p", "-t", session).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return text;
    }

    private static int tmux(String... args) throws InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "tmux";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
