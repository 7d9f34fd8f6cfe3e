package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.sandbox.FaultSpec;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxOrg;
import dev.ferry.sandbox.SandboxServer;
import dev.ferry.sandbox.load.LoadReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code ferry sandbox}: serves the embedded Vapi-compatible sandbox in the foreground until Ctrl+C.
 * Prints the base URL and every org (name, id, token) on stdout, so scripts and other terminals can
 * point at it.
 */
@Command(
        name = "sandbox",
        sortOptions = false,
        description = {"Serve a Vapi-compatible sandbox on 127.0.0.1 until Ctrl+C.",
            "Any org is created empty on first use of the token sandbox-<org>; --org sets a token of your own."},
        footer = {"", "Faults: comma-separated key=value, e.g. latency=40,429=0.1,5xx=0.1,drop=0.05,rate=50,seed=7",
            "(latency in ms; 429, 5xx, drop as shares 0..1; rate per org per second; retry-after in seconds).",
            "See docs/sandbox.md for the org and token rule and what the sandbox does not reproduce."})
final class SandboxCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Keep the orgs' data in DIR (created if missing); without it, data lives in memory.")
    Path data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port on 127.0.0.1 (default: a free port).")
    int port;

    @Option(names = "--faults", paramLabel = "SPEC", converter = FaultSpecConverter.class,
            description = "Inject faults, seeded so that a failure reproduces (see below).")
    FaultSpec faults = FaultSpec.NONE;

    @Option(names = "--org", paramLabel = "NAME[=TOKEN]",
            description = "Create org NAME at start; its token is TOKEN, or sandbox-NAME. Repeatable.")
    List<String> orgs = new ArrayList<>();

    @Option(names = "--load", paramLabel = "DIR",
            description = "Fill an org from a folder of Vapi configurations (GET dumps, gitops pulls, request "
                    + "bodies); the n-th --load goes into the n-th --org. Repeatable.")
    List<Path> loads = new ArrayList<>();

    @Option(names = "--no-serve", description = "Stop after loading instead of serving (keep the result with --data).")
    boolean noServe;

    @Option(names = "--honour-idempotency-key",
            description = "Replay the first answer to a repeated Idempotency-Key on creates (Vapi ignores it).")
    boolean honourIdempotencyKey;

    /** What to do while the server runs; by default, wait for Ctrl+C. Tests replace it. */
    Consumer<SandboxServer> whileServing = SandboxCommand::awaitInterrupt;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new FerryException(ExitCode.USAGE, "--port must be between 0 and 65535 (found " + port + ")");
        }
        if (loads.size() > orgs.size()) {
            throw new FerryException(ExitCode.USAGE, "each --load DIR needs an --org NAME to fill (found "
                    + loads.size() + " --load and " + orgs.size() + " --org)");
        }
        // Loading happens before faults are switched on: the folder goes in whole, then the faults apply.
        SandboxOptions options = SandboxOptions.inMemory()
                .withDataFolder(data)
                .withPort(port)
                .withFaults(loads.isEmpty() ? faults : FaultSpec.NONE)
                .withIdempotencyKeys(honourIdempotencyKey);
        PrintWriter err = spec.commandLine().getErr();
        try (SandboxServer server = SandboxServer.start(options)) {
            List<SandboxOrg> registered = new ArrayList<>();
            for (String org : orgs) {
                registered.add(register(server, org));
            }
            for (int i = 0; i < loads.size(); i++) {
                Path folder = parent == null ? loads.get(i) : parent.global.workingDirectory().resolve(loads.get(i));
                LoadReport report = SandboxLoading.load(server, registered.get(i), folder);
                SandboxLoading.print(report, registered.get(i), spec.commandLine().getOut());
            }
            if (!loads.isEmpty()) {
                server.useFaults(faults);
            }
            if (noServe) {
                return ExitCode.OK;
            }
            print(server, spec.commandLine().getOut());
            err.println("Sandbox serving " + server.baseUrl() + (data == null ? " (data in memory)" : " (data in "
                    + data + ")") + (faults.isNone() ? "" : " with faults " + faults) + ". Ctrl+C stops it.");
            err.flush();
            whileServing.accept(server);
        }
        return ExitCode.OK;
    }

    private static SandboxOrg register(SandboxServer server, String org) {
        int equals = org.indexOf('=');
        String name = equals < 0 ? org : org.substring(0, equals);
        String token = equals < 0 ? null : org.substring(equals + 1);
        try {
            return server.addOrg(name, token == null || token.isEmpty() ? null : token);
        } catch (IllegalArgumentException e) {
            throw new FerryException(ExitCode.USAGE, "--org " + name + ": " + e.getMessage());
        }
    }

    private void print(SandboxServer server, PrintWriter out) {
        OutputFormat format = parent == null ? OutputFormat.text : parent.global.output;
        if (format == OutputFormat.text) {
            out.println(server.baseUrl());
            for (SandboxOrg org : server.orgs()) {
                out.println(org.name() + "\t" + org.id() + "\t" + org.token());
            }
        } else {
            ObjectNode document = JsonMapper.shared().createObjectNode();
            document.put("baseUrl", server.baseUrl().toString());
            ArrayNode list = document.putArray("orgs");
            for (SandboxOrg org : server.orgs()) {
                list.addObject().put("name", org.name()).put("id", org.id().toString()).put("token", org.token());
            }
            out.println(format == OutputFormat.json
                    ? JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(document)
                    : YAMLMapper.shared().writeValueAsString(document).stripTrailing());
        }
        out.flush();
    }

    /** Blocks until the JVM begins to shut down (Ctrl+C, SIGTERM); the server is closed by the caller. */
    private static void awaitInterrupt(SandboxServer server) {
        CountDownLatch stopping = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close(); // here, not after the wait: the JVM halts once the hooks return
            stopping.countDown();
        }, "ferry-sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopping.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    /** Turns a bad {@code --faults} text into picocli's usage error, keeping the parser's explanation. */
    static final class FaultSpecConverter implements ITypeConverter<FaultSpec> {
        @Override
        public FaultSpec convert(String value) {
            try {
                return FaultSpec.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
