package dev.ferry.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ferry completion bash|zsh}: prints the Tab-completion script for the normal command line. */
@Command(name = "completion", description = {
    "Print the Tab-completion script for bash or zsh.",
    "It completes commands, options, environment names and resource slugs; the names",
    "come from the platform repo you are in, or from -C DIR on the line, read on Tab",
    "by the hidden command ferry __complete.",
    "",
    "Install for bash (in ~/.bashrc):   source <(ferry completion bash)",
    "Install for zsh (in ~/.zshrc):     source <(ferry completion zsh)",
    "Or save it once where bash-completion finds it:",
    "  ferry completion bash > ~/.local/share/bash-completion/completions/ferry"})
final class CompletionCommand implements Callable<Integer> {
    enum ShellName { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    ShellName shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(CompletionScript.of(spec.root(), shell == ShellName.zsh));
        return 0;
    }
}
