package dev.ferry.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, before or after its name. */
final class GlobalOptions {
    @Option(names = "-C", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Run as if Ferry was started in DIR.")
    Path directory;

    @Option(names = "--output", paramLabel = "FORMAT", scope = ScopeType.INHERIT, defaultValue = "text",
            description = "Data format on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat output = OutputFormat.text;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces and more detail on errors.")
    boolean debug;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "Never colour the output (NO_COLOR in the environment does the same).")
    boolean noColor;

    Path workingDirectory() {
        Path base = Path.of("").toAbsolutePath();
        return directory == null ? base : base.resolve(directory).normalize();
    }
}
