package dev.ferry.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ferry shell}: reads command lines with JLine and runs each through the same picocli
 * commands as the command line, until {@code exit}, {@code quit} or Ctrl+D. Output stays plain for
 * screen readers: a fixed prompt, no colour, no menus or cursor movement beyond line editing, one
 * line per message. Lines are split with shell-like quoting; history is kept in the Ferry home.
 *
 * <p>Known limitation: Ctrl+C while a command runs stops Ferry as it would on the command line
 * (the history is already saved); at the prompt it only clears the line.
 */
public final class Shell {
    public static final String PROMPT = "ferry> ";
    public static final String HISTORY_FILE = "history";

    private static final List<String> BUILT_INS = List.of("help", "exit", "quit");
    /** Commands that take over the terminal or run until Ctrl+C, which would end the shell. */
    private static final Set<String> REFUSED = Set.of("demo", "sandbox", "shell");
    private static final String COMPLETE_AND_LIST = "ferry-complete-and-list";

    private final CommandSpec commands;
    private final LineRunner runner;
    private final Path workingDirectory;
    private final Path home;

    /**
     * @param commands the picocli model of {@code ferry}, for completion and help only
     * @param workingDirectory where names for completion are read from (the shell's {@code -C DIR})
     * @param home the Ferry home folder; the history is written to {@code history} inside it
     */
    public Shell(CommandSpec commands, LineRunner runner, Path workingDirectory, Path home) {
        this.commands = commands;
        this.runner = runner;
        this.workingDirectory = workingDirectory;
        this.home = home;
    }

    /** What Tab offers in this shell: the commands it runs, their options, and names from the repo. */
    public LineCompletion completion() {
        return new LineCompletion(commands, workingDirectory, BUILT_INS, REFUSED);
    }

    /** Runs on the process's own terminal until the user leaves; returns the exit code. */
    public int runOnSystemTerminal() throws IOException {
        // The FFM provider needs a newer Java than Ferry's. Allowing the dumb terminal outright lets
        // piped input through without JLine logging a warning to the terminal.
        try (Terminal terminal = TerminalBuilder.builder().name("ferry").system(true).ffm(false).dumb(true)
                .build()) {
            return run(terminal);
        }
    }

    /** Runs on {@code terminal} until exit, quit or end of input; blocks, and writes the history file. */
    public int run(Terminal terminal) throws IOException {
        LineReader reader = newReader(terminal);
        PrintWriter out = terminal.writer();
        out.println("Ferry shell. Type help for the commands; exit, quit or Ctrl+D to leave.");
        out.flush();
        try {
            while (true) {
                List<String> words;
                try {
                    reader.readLine(PROMPT);
                    words = words(reader.getParsedLine());
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    // Ctrl+D leaves the cursor after the prompt; what runs next starts on a line of its own.
                    out.println();
                    out.flush();
                    break;
                }
                if (words.isEmpty()) {
                    continue;
                }
                if (words.size() == 1 && (words.get(0).equals("exit") || words.get(0).equals("quit"))) {
                    break;
                }
                execute(words, out);
                out.flush();
            }
        } finally {
            reader.getHistory().save();
        }
        return 0;
    }

    private LineReader newReader(Terminal terminal) throws IOException {
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(true);
        JLineCompleter completer = new JLineCompleter(completion());
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("ferry")
                .parser(parser)
                .completer(completer)
                .variable(LineReader.HISTORY_FILE, historyFile())
                // Lines reach the commands as typed: no !-history expansion inside messages or names.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                // Candidates are printed by listAboveOnTab, never as a menu to move through; no colours anywhere.
                .option(LineReader.Option.AUTO_MENU, false)
                .option(LineReader.Option.AUTO_LIST, false)
                .option(LineReader.Option.AUTO_GROUP, false)
                .option(LineReader.Option.DISABLE_HIGHLIGHTER, true)
                .option(LineReader.Option.BRACKETED_PASTE, false)
                .option(LineReader.Option.INSERT_TAB, false);
        for (String style : List.of(LineReader.COMPLETION_STYLE_STARTING, LineReader.COMPLETION_STYLE_DESCRIPTION,
                LineReader.COMPLETION_STYLE_GROUP, LineReader.COMPLETION_STYLE_SELECTION,
                LineReader.COMPLETION_STYLE_BACKGROUND, LineReader.COMPLETION_STYLE_LIST_STARTING,
                LineReader.COMPLETION_STYLE_LIST_DESCRIPTION, LineReader.COMPLETION_STYLE_LIST_GROUP,
                LineReader.COMPLETION_STYLE_LIST_SELECTION, LineReader.COMPLETION_STYLE_LIST_BACKGROUND)) {
            builder.variable(style, "");
        }
        LineReader reader = builder.build();
        listAboveOnTab(reader, completer);
        return reader;
    }

    /**
     * Tab completes as usual; when several candidates remain, they are printed as one line above a
     * fresh prompt, as bash does, instead of JLine's list below the line that vanishes on the next key.
     */
    private static void listAboveOnTab(LineReader reader, JLineCompleter completer) {
        reader.getWidgets().put(COMPLETE_AND_LIST, () -> {
            reader.callWidget(LineReader.COMPLETE_WORD);
            List<String> candidates = completer.lastCandidates();
            if (candidates.size() > 1) {
                reader.printAbove(String.join("  ", candidates));
            }
            return true;
        });
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(COMPLETE_AND_LIST), "\t");
    }

    /** The history file, created owner-only: command lines may name tickets, people and paths. */
    private Path historyFile() throws IOException {
        Files.createDirectories(home);
        Path file = home.resolve(HISTORY_FILE);
        if (!Files.exists(file)) {
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the folder's own permissions apply.
            }
        }
        return file;
    }

    /** The words of an accepted line; a trailing empty word only marks the cursor after a space. */
    private static List<String> words(ParsedLine line) {
        List<String> words = new ArrayList<>(line.words());
        String text = line.line();
        if (!words.isEmpty() && words.get(words.size() - 1).isEmpty()
                && (text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    private void execute(List<String> words, PrintWriter out) {
        if (words.get(0).equals("help")) {
            if (words.size() == 1) {
                ShellHelp.print(commands, BUILT_INS, REFUSED, out);
                return;
            }
            List<String> asked = new ArrayList<>(words.subList(1, words.size()));
            asked.add("--help");
            words = asked;
        }
        WordScan scan = WordScan.of(commands, workingDirectory, words);
        String refusal = refusal(scan, words);
        if (refusal != null) {
            out.println("ferry: " + refusal);
            return;
        }
        runner.run(words, out, out);
    }

    private static String refusal(WordScan scan, List<String> words) {
        String name = scan.topCommandName();
        if (REFUSED.contains(name)) {
            return name.equals("shell") ? "you are in the shell already"
                    : "'" + name + "' does not run inside the shell; type exit, then run ferry " + name;
        }
        if (name.isEmpty() && scan.positionals() > 0) {
            String unknown = words.stream().filter(word -> !word.startsWith("-")).findFirst().orElse("");
            return "unknown command '" + unknown + "'; type help for the commands";
        }
        boolean asksForHelp = words.stream().anyMatch(word -> Set.of("-h", "--help", "-V", "--version").contains(word));
        if (name.isEmpty() && !asksForHelp) {
            return "the workbench does not open inside the shell; type exit, then run ferry. "
                    + "Type help for the commands.";
        }
        return null;
    }
}
