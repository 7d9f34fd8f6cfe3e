package dev.ferry.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;

/** The shell's {@code help}: one line per command with its summary, then the shell's own words. */
final class ShellHelp {
    private ShellHelp() {}

    static void print(CommandSpec commands, List<String> builtIns, Set<String> refused, PrintWriter out) {
        out.println("Commands (type help COMMAND, or COMMAND --help, for its options):");
        int width = commands.subcommands().keySet().stream().mapToInt(String::length).max().orElse(0);
        commands.subcommands().forEach((name, sub) -> {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.usageMessage().hidden() || refused.contains(name)) {
                return;
            }
            String[] description = spec.usageMessage().description();
            String summary = description.length == 0 ? "" : description[0];
            out.println("  " + name + " ".repeat(width - name.length() + 2) + summary);
        });
        out.println("Shell words: " + String.join(", ", builtIns) + ". Ctrl+D leaves too; Ctrl+C clears the line.");
        out.println("The workbench, demo and sandbox take over the terminal: type exit, then run them as ferry COMMAND.");
    }
}
