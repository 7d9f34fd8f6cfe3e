package dev.ferry.testing;

import dev.ferry.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Runs one {@code ferry} command line in-process, as {@code main} would, and keeps what it printed. */
public final class FerryCli {
    /** No colour, whatever the machine running the tests has set. */
    private static final Map<String, String> ENV = Map.of("NO_COLOR", "1", "TERM", "dumb");

    private FerryCli() {}

    /** What one run left behind: the exit code and both streams. */
    public record Result(int exitCode, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }

        public List<String> outLines() {
            return out.lines().toList();
        }
    }

    public static Result run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs with {@code env} as the process environment (plus no colour). */
    public static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> all = new java.util.HashMap<>(ENV);
        all.putAll(env);
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Result(code, out.toString(), err.toString());
    }

    /** The same as {@link #run(Map, String...)}: extra variables such as secrets or {@code FERRY_<ENV>_API}. */
    public static Result runWith(Map<String, String> extraEnv, String... args) {
        return run(extraEnv, args);
    }
}
