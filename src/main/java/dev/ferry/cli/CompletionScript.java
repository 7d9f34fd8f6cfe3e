package dev.ferry.cli;

import dev.ferry.shell.ValueKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The completion script: picocli's generated bash script for commands and options (zsh loads it
 * through bashcompinit), followed by a wrapper that fills in what picocli cannot know: environment
 * names and slugs where {@link ValueKind} says an option or positional takes them.
 * Those names come from {@code ferry __complete}, which reads the platform repo of the line's -C DIR
 * or the current folder. The lists of options and commands are taken from the model, so a new
 * command that follows the labels completes without a change here.
 */
final class CompletionScript {
    private CompletionScript() {}

    static String of(CommandSpec root, boolean zsh) {
        CommandLine commandLine = root.commandLine();
        StringBuilder script = new StringBuilder();
        if (zsh) {
            script.append("# Ferry completion for zsh: a bash completion script, loaded through bashcompinit below.\n");
        }
        script.append(AutoComplete.bash(root.name(), commandLine));
        script.append(names(root));
        return script.toString();
    }

    private static String names(CommandSpec root) {
        Set<String> commands = new TreeSet<>();
        List<String> environmentCases = new ArrayList<>();
        List<String> sideCases = new ArrayList<>();
        Set<String> slugCommands = new TreeSet<>();
        root.subcommands().forEach((name, sub) -> {
            CommandSpec command = sub.getCommandSpec();
            if (command.usageMessage().hidden()) {
                return;
            }
            commands.add(name);
            for (OptionSpec option : command.options()) {
                for (String optionName : option.names()) {
                    String pattern = "\"" + name + " " + optionName + "\"";
                    switch (ValueKind.of(option)) {
                        case ENVIRONMENT -> environmentCases.add(pattern);
                        case SIDE -> sideCases.add(pattern);
                        default -> { }
                    }
                }
            }
            if (command.positionalParameters().stream().anyMatch(p -> ValueKind.of(p) == ValueKind.SLUG)) {
                slugCommands.add(name);
            }
        });
        return """

                # Ferry: environment names and resource slugs, read from the platform repo by the hidden
                # command `ferry __complete envs|slugs` (in the current folder, or in -C DIR from the line).
                function _ferry_repo_names() {
                  local directory=() i
                  for ((i = 1; i < COMP_CWORD; i++)); do
                    if [ "${COMP_WORDS[i]}" = "-C" ]; then directory=(-C "${COMP_WORDS[i+1]}"); fi
                  done
                  "${COMP_WORDS[0]}" "${directory[@]}" __complete "$1" 2>/dev/null
                }

                # Candidates one a line, so that IFS changes only here and not in picocli's functions.
                function _ferry_reply() {
                  local IFS=$'\n'
                  COMPREPLY=( $(compgen -W "$1" -- "$2") )
                }

                function _complete_ferry_with_names() {
                  local curr_word=${COMP_WORDS[COMP_CWORD]} prev_word=${COMP_WORDS[COMP_CWORD-1]} command="" i
                  for ((i = 1; i < COMP_CWORD; i++)); do
                    case "${COMP_WORDS[i]}" in
                      %s) command=${COMP_WORDS[i]}; break ;;
                    esac
                  done
                  case "${command} ${prev_word}" in
                    %s)
                      _ferry_reply "$(_ferry_repo_names envs)" "${curr_word}"
                      return 0 ;;
                    %s)
                      _ferry_reply "git"$'\n'"$(_ferry_repo_names envs)" "${curr_word}"
                      return 0 ;;
                  esac
                  _complete_ferry "$@"
                  if [ ${#COMPREPLY[@]} -eq 0 ] && [[ "${curr_word}" != -* ]]; then
                    case "${command}" in
                      %s) _ferry_reply "$(_ferry_repo_names slugs)" "${curr_word}" ;;
                    esac
                  fi
                }

                complete -F _complete_ferry_with_names -o default %s
                """.formatted(alternatives(commands), alternatives(environmentCases), alternatives(sideCases),
                        alternatives(slugCommands), root.name());
    }

    /** A bash case pattern; with nothing to match, one that never matches rather than a syntax error. */
    private static String alternatives(Collection<String> words) {
        return words.isEmpty() ? "__ferry_none__" : String.join("|", words);
    }
}
