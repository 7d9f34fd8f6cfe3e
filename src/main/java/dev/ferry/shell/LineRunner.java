package dev.ferry.shell;

import java.io.PrintWriter;
import java.util.List;

/**
 * Runs one shell line as a {@code ferry} command line, in-process, exactly as {@code main} would,
 * and returns its exit code. The CLI supplies it, so the shell never depends on the CLI's classes.
 */
@FunctionalInterface
public interface LineRunner {
    int run(List<String> words, PrintWriter out, PrintWriter err);
}
