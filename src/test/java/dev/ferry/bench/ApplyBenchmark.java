package dev.ferry.bench;

import dev.ferry.cli.Main;
import dev.ferry.sandbox.FaultSpec;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxServer;
import dev.ferry.testing.ManyResources;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Apply at scale (design section 13). First, 3,000 resources into an empty sandbox org at 50 requests a
 * second: wall time against the floor, requests / rate, with a target of 1.1x. Second, plan against an
 * org holding 3 kinds x 1,000 objects with 40 ms of latency per request: wall time against the floor of
 * the longest chain of list pages, median of several runs. Pass a smaller resource count as the first
 * argument for a quick look.
 */
public final class ApplyBenchmark {
    private static final int RATE = Integer.getInteger("rate", 50);

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path folder = Files.createTempDirectory("ferry-apply-bench");
        applyBenchmark(folder.resolve("apply"), total);
        planBenchmark(folder.resolve("plan"), args.length > 1 ? Integer.parseInt(args[1]) : 1000);
    }

    private static void applyBenchmark(Path root, int total) throws Exception {
        int tools = total * 2 / 5;
        int squads = total / 10;
        int written = ManyResources.write(root, tools, total - tools - squads, squads, RATE, 4);
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inMemory())) {
            Map<String, String> env = env(server, root);
            long started = System.nanoTime();
            int exit = ferry(env, "-C", root.toString(), "apply", "--env", "dev", "--approve");
            double seconds = (System.nanoTime() - started) / 1e9;
            long requests = server.requestCount();
            double floor = requests / (double) RATE;
            System.out.printf(Locale.ROOT, "apply %d resources at %d requests/s: exit %d, %d requests, %.1f s "
                    + "(floor %.1f s, %.3fx)%n", written, RATE, exit, requests, seconds, floor, seconds / floor);
        }
    }

    private static void planBenchmark(Path root, int perKind) throws Exception {
        ManyResources.write(root, perKind, perKind, perKind, 1000, 4);
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inMemory())) {
            Map<String, String> env = env(server, root);
            int exit = ferry(env, "-C", root.toString(), "apply", "--env", "dev", "--approve");
            server.useFaults(FaultSpec.parse("latency=40"));
            Stopwatch stopwatch = new Stopwatch();
            long before = server.requestCount();
            for (int run = 0; run < 6; run++) {
                if (run == 0) {
                    ferry(env, "-C", root.toString(), "plan", "--env", "dev");
                    before = server.requestCount();
                } else {
                    stopwatch.time(() -> ferry(env, "-C", root.toString(), "plan", "--env", "dev"));
                }
            }
            long perPlan = (server.requestCount() - before) / 5;
            // Kinds are listed at once; the longest chain is the pages of one kind of 1,000: two requests.
            double floor = 2 * 0.040;
            System.out.printf(Locale.ROOT, "plan against 3 x %d objects with 40 ms latency (setup exit %d): %s, "
                    + "%d requests per plan; floor of list pages %.0f ms%n", perKind, exit, stopwatch.summary(),
                    perPlan, floor * 1000);
        }
    }

    private static Map<String, String> env(SandboxServer server, Path root) {
        return Map.of("FERRY_DEV_API", server.baseUrl().toString(), "FERRY_HOME", root.resolveSibling("home")
                .toString(), "NO_COLOR", "1");
    }

    private static int ferry(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
        if (code != 0) {
            System.out.println(err.toString().lines().limit(5).reduce("", (a, b) -> a + "\n  " + b));
        }
        return code;
    }
}
