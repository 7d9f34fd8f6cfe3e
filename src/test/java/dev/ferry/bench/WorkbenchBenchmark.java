package dev.ferry.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.ferry.canonical.CanonicalResource;
import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import dev.ferry.tui.Workbench;
import dev.ferry.tui.WorkbenchOptions;
import dev.ferry.workspace.ColumnState;
import dev.ferry.workspace.MatrixCache;
import dev.ferry.workspace.ResourceState;
import dev.ferry.workspace.Status;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The workbench's targets of design section 13, on Lanterna's virtual terminal with live data off:
 * (1) from {@code main()} entry to the first frame drawn from the cache, each run in a fresh JVM
 * (JVM start reported apart); (2) a key press to the redrawn screen with 100,000 rows; (3) heap
 * held with 3 environments x 5,000 resources. Prints medians. Arguments: [rows] [perEnvironment].
 */
public final class WorkbenchBenchmark {
    private static final String PROMPT = "You answer calls for Larkspur Home Services. ".repeat(20);

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perEnvironment = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path folder = Files.createTempDirectory("ferry-workbench-bench");
        firstFrame(repo(folder.resolve("first"), List.of("dev", "uat", "prod"), 1_000));
        keyPress(repo(folder.resolve("keys"), List.of("dev"), rows), rows);
        heap(repo(folder.resolve("heap"), List.of("dev", "uat", "prod"), perEnvironment), perEnvironment);
    }

    /** Runs in a child JVM: opens the workbench on the cached repo and reports when the first frame is drawn. */
    public static final class FirstFrame {
        public static void main(String[] args) throws Exception {
            long entry = System.nanoTime();
            long jvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
            Workbench workbench = open(Path.of(args[0]), 120, 40);
            double millis = (System.nanoTime() - entry) / 1e6;
            System.out.printf(Locale.ROOT, "%.1f %d%n", millis, jvmStart);
            workbench.close();
        }
    }

    private static void firstFrame(Path repo) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        measureFirstFrame(repo, "plain JVM on the build classpath", List.of(java, "-cp",
                System.getProperty("java.class.path")));
        Path jar = Path.of("target", "ferry.jar");
        Path archive = Path.of("target", "ferry.jsa");
        if (Files.isRegularFile(jar) && Files.isRegularFile(archive)) {
            // The launcher's options and class-data archive, with the benchmark's own classes appended.
            measureFirstFrame(repo, "as ./ferry starts it (quick JIT tier, serial GC, class-data archive)", List.of(
                    java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-XX:SharedArchiveFile=" + archive, "-cp", jar + File.pathSeparator
                            + Path.of("target", "test-classes")));
        } else {
            System.out.println("(run ./ferry --version once to build target/ferry.jar and its class-data archive, "
                    + "then this measures the launcher's start too)");
        }
    }

    private static void measureFirstFrame(Path repo, String how, List<String> javaCommand)
            throws IOException, InterruptedException {
        Stopwatch frame = new Stopwatch();
        List<Double> starts = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            List<String> command = new ArrayList<>(javaCommand);
            command.addAll(List.of("-Dorg.slf4j.simpleLogger.logFile=target/bench-ferry.log",
                    FirstFrame.class.getName(), repo.toString()));
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            String[] out = new String(child.getInputStream().readAllBytes()).trim().split("\\s+");
            child.waitFor();
            double millis = Double.parseDouble(out[out.length - 2]);
            frame.time(() -> { });
            frame.replaceLast(millis);
            starts.add(Double.parseDouble(out[out.length - 1]));
        }
        starts.sort(null);
        System.out.printf(Locale.ROOT, "first frame from cache (3 environments x 1,000 resources), %s, main() entry "
                + "to frame: %s; JVM start to main(): median %.0f ms%n", how, frame.summary(),
                starts.get(starts.size() / 2));
    }

    private static void keyPress(Path repo, int rows) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(200, 60));
        Workbench workbench = open(repo, terminal);
        Stopwatch stopwatch = new Stopwatch();
        for (int i = 0; i < 400; i++) {
            char key = i % 50 < 25 ? 'j' : 'k';
            if (i >= 100) {
                stopwatch.time(() -> press(workbench, terminal, key));
            } else {
                press(workbench, terminal, key);
            }
        }
        System.out.printf(Locale.ROOT, "key press to redrawn screen (200x60) with %,d rows: %s%n", rows,
                stopwatch.summary());
        Stopwatch end = new Stopwatch();
        for (int i = 0; i < 20; i++) {
            char key = i % 2 == 0 ? 'G' : 'g';
            end.time(() -> press(workbench, terminal, key));
        }
        System.out.printf(Locale.ROOT, "jump to the last and first of %,d rows (G, g): %s%n", rows, end.summary());
        workbench.close();
    }

    private static void press(Workbench workbench, DefaultVirtualTerminal terminal, char key) {
        terminal.addInput(new KeyStroke(key, false, false));
        workbench.pump();
    }

    private static void heap(Path repo, int perEnvironment) throws IOException {
        long before = usedAfterGc();
        Workbench workbench = open(repo, 120, 40);
        // The first frame draws from the cache index; the trees follow on a thread of their own. Count them.
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("ferry-cache")) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        workbench.pump();
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "heap held by the workbench with 3 environments x %,d resources: %.1f MB "
                + "(%.1f MB in use in all)%n", perEnvironment, (after - before) / 1e6, after / 1e6);
        workbench.close();
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static Workbench open(Path repo, int columns, int rows) throws IOException {
        return open(repo, new DefaultVirtualTerminal(new TerminalSize(columns, rows)));
    }

    private static Workbench open(Path repo, DefaultVirtualTerminal terminal) throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Path home = repo.resolve(".ferry-home");
        Workbench workbench = Workbench.create(screen, WorkbenchOptions.of(repo, Map.of(), home,
                Clock.systemUTC()).withoutLiveData());
        workbench.start();
        return workbench;
    }

    /** A repo with environments.yaml and a cache of {@code count} assistants per environment. */
    private static Path repo(Path root, List<String> environments, int count) throws IOException {
        Files.createDirectories(root);
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nproject: bench\nenvironments:\n");
        String previous = null;
        for (String environment : environments) {
            yaml.append("  ").append(environment).append(":\n    org: bench-").append(environment)
                    .append("\n    api: sandbox\n    access: write\n");
            if (previous != null) {
                yaml.append("    promotesFrom: ").append(previous).append('\n');
            }
            previous = environment;
        }
        Files.writeString(root.resolve("environments.yaml"), yaml.toString());
        MatrixCache cache = new MatrixCache(root);
        for (String environment : environments) {
            List<ResourceState> states = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String key = String.format(Locale.ROOT, "agent-%06d", i);
                Status status = i % 97 == 0 ? Status.PENDING : i % 89 == 0 ? Status.MISSING : Status.IN_SYNC;
                states.add(new ResourceState(Target.ASSISTANT, key, Kind.ASSISTANT, key, "id-" + i,
                        Optional.of(tree(key, i)), status == Status.MISSING ? Optional.empty()
                                : Optional.of(tree(key, status == Status.PENDING ? i + 1 : i)), status));
            }
            cache.save(ColumnState.ready(environment, states, java.time.Instant.now(), false));
        }
        return root;
    }

    private static CanonicalResource tree(String key, int variant) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("name", "Agent " + key);
        tree.put("firstMessage", "Hello, this is agent " + variant + ".");
        ObjectNode model = tree.putObject("model");
        model.put("provider", "openai").put("model", "gpt-4.1-mini").put("temperature", 0.3);
        model.putArray("messages").addObject().put("role", "system").put("content", PROMPT + variant);
        model.putArray("toolIds").add("end-call").add("book-appointment");
        tree.putObject("voice").put("provider", "vapi").put("voiceId", "Elliot");
        return new CanonicalResource(Target.ASSISTANT, tree, List.of());
    }
}
