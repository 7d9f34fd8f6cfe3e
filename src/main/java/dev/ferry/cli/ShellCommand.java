package dev.ferry.cli;

import dev.ferry.shell.LineRunner;
import dev.ferry.shell.Shell;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ferry shell}: the commands at a prompt, with completion and history. Each line runs
 * through {@link Main#run} like a separate {@code ferry} invocation, with the shell's own global
 * options ({@code -C}, {@code --output}, {@code --debug}) in front unless the line gives its own.
 * JLine is loaded only here, so other commands start no slower for it.
 */
@Command(name = "shell", description = {
    "Type Ferry commands at a plain ferry> prompt, each run as ferry would run it.",
    "Tab completes commands, options, environment names and resource slugs.",
    "History is kept in ~/.ferry/history (FERRY_HOME moves it).",
    "No colour and no cursor tricks, for screen readers. exit, quit or Ctrl+D leave;",
    "Ctrl+C clears the line. The workbench, demo and sandbox run outside the shell."})
final class ShellCommand extends ContextCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return shell(spec.root(), parent.global, env).runOnSystemTerminal();
    }

    /**
     * The shell over the commands of {@code root}: each line runs as ferry would, never in colour,
     * with the shell's global options unless the line gives its own.
     */
    static Shell shell(CommandSpec root, GlobalOptions global, Map<String, String> env) {
        Map<String, String> lineEnv = new HashMap<>(env);
        lineEnv.put("NO_COLOR", "1");
        LineRunner runner = (words, out, err) ->
                Main.run(withGlobals(global, words).toArray(String[]::new), out, err, lineEnv);
        return new Shell(root, runner, global.workingDirectory(), FerryHome.of(env));
    }

    static List<String> withGlobals(GlobalOptions global, List<String> words) {
        List<String> all = new ArrayList<>();
        if (global.directory != null && !names(words, "-C")) {
            all.add("-C");
            all.add(global.workingDirectory().toString());
        }
        if (global.output != OutputFormat.text && !names(words, "--output")) {
            all.add("--output");
            all.add(global.output.name());
        }
        if (global.debug && !names(words, "--debug")) {
            all.add("--debug");
        }
        all.addAll(words);
        return all;
    }

    private static boolean names(List<String> words, String option) {
        // -C also comes glued to its value (-Cplatform); the long options come as --name or --name=value.
        String glued = option.equals("-C") ? option : option + "=";
        return words.stream().anyMatch(word -> word.equals(option) || word.startsWith(glued));
    }
}
