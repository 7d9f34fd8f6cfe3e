package dev.ferry.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A detached tmux session running one shell command, driven as a person would: keys typed, the
 * screen read back. Tests poll the screen, since a real terminal offers nothing else to wait on.
 */
final class TmuxSession implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private final String name = "ferry-e2e-" + UUID.randomUUID().toString().substring(0, 8);

    static boolean available() throws InterruptedException {
        return tmux("-V") == 0;
    }

    /** Starts {@code shellCommand} in a new session of the given size. */
    static TmuxSession start(int columns, int rows, String shellCommand) throws InterruptedException {
        TmuxSession session = new TmuxSession();
        if (tmux("new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows), "-s", session.name,
                shellCommand) != 0) {
            throw new AssertionError("tmux could not start a session");
        }
        return session;
    }

    /** The JVM running the tests, started on Ferry's main class with {@code args}, as a shell command. */
    static String ferryCommand(Path logFile, String... args) {
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return String.join(" ", List.of(quote(javaBinary),
                "-Dferry.home=" + quote(Path.of("").toAbsolutePath().toString()),
                "-Dorg.slf4j.simpleLogger.logFile=" + quote(logFile.toString()),
                "-cp", quote(System.getProperty("java.class.path")), "dev.ferry.cli.Main"))
                + " " + String.join(" ", Arrays.stream(args).map(TmuxSession::quote).toList());
    }

    void keys(String... keys) throws InterruptedException {
        for (String key : keys) {
            tmux("send-keys", "-t", name, key);
        }
    }

    String waitForScreen(Predicate<String> ready) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            screen = capture();
            if (ready.test(screen)) {
                return screen;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the screen never got there; last screen:\n" + screen);
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for the process to finish");
            }
            Thread.sleep(250);
        }
    }

    String capture() throws Exception {
        Process process = new ProcessBuilder("tmux", "capture-pane", "-p", "-t", name).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return text;
    }

    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() throws InterruptedException {
        tmux("kill-session", "-t", name);
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
}
