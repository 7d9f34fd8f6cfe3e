package dev.ferry.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where a list of words stands in the command tree, read the way picocli would read it: the
 * deepest subcommand named, how many positionals it has been given, an option still waiting for
 * its value, and the folder a {@code -C DIR} on the line points at.
 */
record WordScan(CommandSpec command, boolean commandNamed, int positionals, OptionSpec pendingOption,
        Path directory) {
    static final String DIRECTORY_OPTION = "-C";

    static WordScan of(CommandSpec root, Path workingDirectory, List<String> words) {
        CommandSpec command = root;
        boolean named = false;
        int positionals = 0;
        OptionSpec pending = null;
        Path directory = workingDirectory;
        for (String word : words) {
            if (pending != null) {
                if (pending.names()[0].equals(DIRECTORY_OPTION)) {
                    directory = resolve(word);
                }
                pending = null;
            } else if (word.startsWith("-") && word.length() > 1) {
                int equals = word.indexOf('=');
                String name = equals < 0 ? word : word.substring(0, equals);
                OptionSpec option = command.findOption(name);
                if (option != null && name.equals(DIRECTORY_OPTION) && equals > 0) {
                    directory = resolve(word.substring(equals + 1));
                } else if (option != null && equals < 0 && option.arity().max() > 0) {
                    pending = option;
                }
            } else if (positionals == 0 && command.subcommands().containsKey(word)) {
                command = command.subcommands().get(word).getCommandSpec();
                named = true;
            } else {
                positionals++;
            }
        }
        return new WordScan(command, named, positionals, pending, directory);
    }

    /** A -C on the line counts from where Ferry was started, as it does on the command line. */
    private static Path resolve(String word) {
        Path start = Path.of("").toAbsolutePath();
        try {
            return start.resolve(word).normalize();
        } catch (InvalidPathException e) {
            return start;
        }
    }

    /** The name of the top-level command named on the line, or empty when the line names none. */
    String topCommandName() {
        if (!commandNamed) {
            return "";
        }
        CommandSpec top = command;
        while (top.parent() != null && top.parent().parent() != null) {
            top = top.parent();
        }
        return top.name();
    }
}
