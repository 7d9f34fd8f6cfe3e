package dev.ferry.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one real terminal of the process (pitfalls C07 to C09). It is a text terminal always, never
 * Lanterna's Swing window; escape sequences split across packets (SSH, tmux) are read as one key;
 * Ctrl+C arrives as a key the workbench binds to quit; the screen is built on this terminal rather
 * than through the factory, which would make a second one. Handing the terminal to an editor
 * restores the settings saved at start with {@code stty}, and Lanterna's own shutdown hook
 * restores them on a kill.
 */
final class TerminalSession implements TerminalControl, AutoCloseable {
    /** One unit is 250 ms: long enough for a split sequence over SSH, short enough for a lone Esc. */
    static final int ESCAPE_TIMEOUT_UNITS = 1;
    private static final AtomicInteger CREATED = new AtomicInteger();
    private static final String STTY_PROPERTY = "com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand";

    private final Terminal terminal;
    private final TerminalScreen screen;
    private final String savedSettings;

    private TerminalSession(Terminal terminal, TerminalScreen screen, String savedSettings) {
        this.terminal = terminal;
        this.screen = screen;
        this.savedSettings = savedSettings;
    }

    /** Takes over the terminal. Fails if this process already made one. */
    static TerminalSession open() throws IOException {
        if (CREATED.incrementAndGet() > 1) {
            throw new IllegalStateException("a second terminal was requested; the workbench keeps one for its life");
        }
        useSttyFromPath();
        String saved = stty("-g").trim();
        Terminal terminal = factory().createTerminal();
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        return new TerminalSession(terminal, screen, saved);
    }

    /** The factory settings that matter: text only, the escape timeout, Ctrl+C as a key. */
    static DefaultTerminalFactory factory() {
        return new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                .setForceTextTerminal(true)
                .setInputTimeout(ESCAPE_TIMEOUT_UNITS)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
    }

    Screen screen() {
        return screen;
    }

    @Override
    public void suspend() {
        try {
            screen.stopScreen();
            stty(savedSettings);
        } catch (IOException e) {
            throw new IllegalStateException("cannot hand the terminal over: " + e.getMessage(), e);
        }
    }

    @Override
    public void resume() {
        try {
            // The same raw mode Lanterna sets up when it takes the terminal.
            stty("-icanon", "min", "1", "-echo", "intr", "undef");
            screen.startScreen();
            screen.setCursorPosition(null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot take the terminal back: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            // Closing the terminal below still restores stty; nothing more can be done here.
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // Lanterna's shutdown hook gets another go at restoring the settings.
        }
    }

    /**
     * Lanterna runs {@code /bin/stty} unless told otherwise; NixOS and Termux keep it elsewhere
     * (pitfall C08), so the one on PATH is used when {@code /bin/stty} is missing.
     */
    private static void useSttyFromPath() {
        if (System.getProperty(STTY_PROPERTY) != null || Files.isExecutable(Path.of("/bin/stty"))) {
            return;
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "stty");
            if (Files.isExecutable(candidate)) {
                System.setProperty(STTY_PROPERTY, candidate.toString());
                return;
            }
        }
    }

    private static String stty(String... arguments) throws IOException {
        String command = System.getProperty(STTY_PROPERTY, "/bin/stty");
        String[] line = new String[arguments.length + 1];
        line[0] = command;
        System.arraycopy(arguments, 0, line, 1, arguments.length);
        Process process = new ProcessBuilder(line).redirectInput(new File("/dev/tty"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException("stty " + String.join(" ", arguments) + " failed");
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running stty", e);
        }
    }
}
