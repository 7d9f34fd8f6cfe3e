package dev.ferry.shell;

import dev.ferry.FerryException;
import dev.ferry.config.Kind;
import dev.ferry.config.RepoLocator;
import dev.ferry.config.RepoNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What may come next on a {@code ferry} command line, worked out from the picocli model: command
 * names, the options of the command being typed, and values of the kinds {@link ValueKind} tells
 * apart; other options offer their fixed candidates ({@code --output}). Environment names and slugs
 * are read from the platform repo under the working folder, or under {@code -C DIR} on the line.
 */
public final class LineCompletion {
    private final CommandSpec root;
    private final Path workingDirectory;
    private final List<String> extraCommands;
    private final Set<String> withheldCommands;

    /**
     * @param extraCommands words the front-end adds at the start of a line ({@code help}, {@code exit})
     * @param withheldCommands subcommands not offered here (those the shell refuses to run)
     */
    public LineCompletion(CommandSpec root, Path workingDirectory, List<String> extraCommands,
            Set<String> withheldCommands) {
        this.root = root;
        this.workingDirectory = workingDirectory;
        this.extraCommands = List.copyOf(extraCommands);
        this.withheldCommands = Set.copyOf(withheldCommands);
    }

    /** Candidates for the word being typed ({@code current}, possibly empty) after the complete words {@code before}. */
    public List<String> candidates(List<String> before, String current) {
        WordScan scan = WordScan.of(root, workingDirectory, before);
        if (scan.pendingOption() != null) {
            return matching(values(scan.pendingOption(), scan.directory()), current);
        }
        if (current.startsWith("-")) {
            int equals = current.indexOf('=');
            OptionSpec option = equals < 0 ? null : scan.command().findOption(current.substring(0, equals));
            if (option != null) {
                String prefix = current.substring(0, equals + 1);
                return matching(values(option, scan.directory()), current.substring(equals + 1)).stream()
                        .map(value -> prefix + value).toList();
            }
            return matching(optionNames(scan.command()), current);
        }
        Set<String> words = new LinkedHashSet<>();
        if (scan.positionals() == 0) {
            if (!scan.commandNamed()) {
                words.addAll(extraCommands);
            }
            scan.command().subcommands().forEach((name, sub) -> {
                if (!sub.getCommandSpec().usageMessage().hidden() && !withheldCommands.contains(name)) {
                    words.add(name);
                }
            });
        }
        positional(scan.command(), scan.positionals()).ifPresent(p -> words.addAll(values(p, scan.directory())));
        return matching(new ArrayList<>(words), current);
    }

    private static List<String> optionNames(CommandSpec command) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : command.options()) {
            if (!option.hidden()) {
                names.addAll(List.of(option.names()));
            }
        }
        return names;
    }

    private static Optional<PositionalParamSpec> positional(CommandSpec command, int index) {
        return command.positionalParameters().stream()
                .filter(p -> !p.hidden() && p.index().contains(index))
                .findFirst();
    }

    private List<String> values(ArgSpec arg, Path directory) {
        return switch (ValueKind.of(arg)) {
            case ENVIRONMENT -> names(directory, RepoNames::environments);
            case SIDE -> {
                List<String> sides = new ArrayList<>(List.of("git"));
                sides.addAll(names(directory, RepoNames::environments));
                yield sides;
            }
            case KIND -> Arrays.stream(Kind.values()).filter(kind -> kind != Kind.POLICY).map(Kind::spelling).toList();
            case SLUG -> names(directory, RepoNames::slugs);
            case OTHER -> {
                List<String> fixed = new ArrayList<>();
                if (arg.completionCandidates() != null) {
                    arg.completionCandidates().forEach(fixed::add);
                }
                yield fixed;
            }
        };
    }

    /** Names from the repo the folder lies in; outside a repo there are none to offer. */
    private static List<String> names(Path directory, Function<Path, List<String>> reader) {
        try {
            return reader.apply(RepoLocator.locate(directory));
        } catch (FerryException e) {
            return List.of();
        }
    }

    private static List<String> matching(List<String> values, String prefix) {
        return values.stream().filter(value -> value.startsWith(prefix)).distinct().toList();
    }
}
