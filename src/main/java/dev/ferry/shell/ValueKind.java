package dev.ferry.shell;

import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What kind of value an option or positional takes, as completion sees it. Read from the labels
 * the commands already show in their usage, so a new command that follows them completes with no
 * change here: {@code E} is an environment, {@code SLUG} a resource slug, {@code K} a kind, and
 * {@code --from A} and {@code --to B} (diff's sides) an environment or {@code git}. A label alone
 * is not enough for the sides: promote's {@code --branch} is labelled B too.
 */
public enum ValueKind {
    ENVIRONMENT,
    SIDE,
    KIND,
    SLUG,
    OTHER;

    private static final List<String> SIDE_OPTIONS = List.of("--from", "--to");

    public static ValueKind of(ArgSpec arg) {
        return switch (arg.paramLabel()) {
            case "E" -> ENVIRONMENT;
            case "SLUG" -> SLUG;
            case "K" -> KIND;
            case "A", "B" -> arg instanceof OptionSpec option && SIDE_OPTIONS.contains(option.longestName()) ? SIDE
                    : OTHER;
            default -> OTHER;
        };
    }
}
