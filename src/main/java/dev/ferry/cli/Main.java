package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * Entry point. Maps every failure to one or two lines on stderr and an exit code, once, here;
 * a stack trace is printed only with {@code --debug}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        routeLogsToFile(System.getenv());
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv()));
    }

    /** Runs one command line with the given streams and process environment; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        Terminal terminal = Terminal.detect(env);
        FerryCommand top = new FerryCommand();
        top.setContext(env, terminal);
        CommandLine commandLine = new CommandLine(top, new Factory(env, terminal));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug");
            return report(exception, line.getErr(), debug);
        });
        commandLine.setParameterExceptionHandler((exception, args2) -> {
            PrintWriter stream = exception.getCommandLine().getErr();
            stream.println("ferry: " + exception.getMessage());
            stream.println("Run '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int report(Exception exception, PrintWriter err, boolean debug) {
        if (exception instanceof FerryException ferry) {
            err.println("ferry: " + ferry.getMessage());
            if (debug && ferry.getCause() != null) {
                ferry.getCause().printStackTrace(err);
            }
            return ferry.exitCode();
        }
        err.println("ferry: unexpected error: " + exception);
        if (debug) {
            exception.printStackTrace(err);
        } else {
            err.println("Run again with --debug for details.");
        }
        return ExitCode.ERROR;
    }

    /** SLF4J's simple provider writes to stderr unless told otherwise; Ferry logs only to a file. */
    static void routeLogsToFile(Map<String, String> env) {
        String property = "org.slf4j.simpleLogger.logFile";
        if (System.getProperty(property) != null) {
            return;
        }
        Path home = FerryHome.of(env);
        Path logs = home.resolve("logs");
        try {
            Files.createDirectories(logs);
            System.setProperty(property, logs.resolve("ferry.log").toString());
        } catch (java.io.IOException | SecurityException e) {
            Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "ferry.log");
            System.setProperty(property, fallback.toString());
        }
    }
}
