package dev.ferry.testing;

import dev.ferry.apply.Apply;
import dev.ferry.apply.ApplyRequest;
import dev.ferry.apply.ApplyResult;
import dev.ferry.apply.Approval;
import dev.ferry.config.ProcessEnv;
import dev.ferry.config.RateLimits;
import dev.ferry.sandbox.FaultSpec;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxOrg;
import dev.ferry.sandbox.SandboxServer;
import dev.ferry.vapi.ExchangeListener;
import dev.ferry.vapi.RetryPolicy;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiEndpoint;
import dev.ferry.vapi.VapiKind;
import dev.ferry.workspace.Connections;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * A copy of the sample repo aimed at a sandbox server on loopback through {@code FERRY_<ENV>_API}, with
 * the rate limit lifted and a canary value for every secret: the ground of the apply, plan and drift
 * tests. Commands run in-process through the CLI; {@link #apply} runs the use case with a clock that
 * never sleeps, for tests that inject faults.
 */
public final class SandboxRepo implements AutoCloseable {
    /** The secrets of the sample repo, by variable, with values that are easy to search for. */
    public static final Map<String, String> SECRETS = Map.of(
            "DEV_SCHEDULER_TOKEN", "canary-scheduler-5b1e9",
            "DEV_CRM_API_KEY", "canary-crm-77d02",
            "DEV_OPS_DASHBOARD_KEY", "canary-ops-3c4a1",
            "DEV_WEBHOOKS_SIGNING_KEY", "canary-webhooks-9f8e2");

    private final Path root;
    private final SandboxServer server;
    private final Map<String, String> env = new HashMap<>();
    private final List<VapiClient> clients = new ArrayList<>();

    private SandboxRepo(Path root, SandboxServer server) {
        this.root = root;
        this.server = server;
        for (String name : List.of("DEV", "UAT", "PROD")) {
            env.put("FERRY_" + name + "_API", server.baseUrl().toString());
        }
        env.put("FERRY_HOME", root.resolveSibling("ferry-home").toString());
        env.putAll(SECRETS);
        SECRETS.forEach((name, value) -> env.put(name.replaceFirst("^DEV_", "UAT_"), value.replace("canary", "uat")));
        SECRETS.forEach((name, value) -> env.put(name.replaceFirst("^DEV_", "PROD_"), value.replace("canary", "prod")));
    }

    /** The sample repo in {@code folder}, against a new in-memory sandbox with {@code faults}. */
    public static SandboxRepo start(Path folder, FaultSpec faults) {
        Path root = SampleRepo.copyInto(folder);
        liftRateLimit(root, 1000, 4);
        return new SandboxRepo(root, SandboxServer.start(SandboxOptions.inMemory().withFaults(faults)));
    }

    /** A repo already written at {@code root} (a fixture copy, a generated one), against a new sandbox. */
    public static SandboxRepo startAt(Path root, FaultSpec faults) {
        return new SandboxRepo(root, SandboxServer.start(SandboxOptions.inMemory().withFaults(faults)));
    }

    /** The fixture folder {@code name} next to {@code test}, copied into {@code folder}/platform. */
    public static SandboxRepo fromFixture(Class<?> test, String name, Path folder) {
        Path root = folder.resolve("platform");
        SampleRepo.copyTree(Fixtures.path(test, name), root);
        return startAt(root, FaultSpec.NONE);
    }

    /** Gives the sandbox's stand-in chat model the demo's scripted replies, under which the sample transcripts pass. */
    public SandboxRepo withDemoChatRules() {
        server.useChatRules(dev.ferry.demo.DemoSetup.installChatRules(root.resolveSibling("sandbox-chat")));
        return this;
    }

    /** Rewrites {@code defaults.apply} of environments.yaml. */
    public static void liftRateLimit(Path root, int perSecond, int concurrent) {
        Path file = root.resolve("environments.yaml");
        try {
            String text = Files.readString(file).replaceAll("maxRequestsPerSecond: \\d+",
                    "maxRequestsPerSecond: " + perSecond).replaceAll("maxConcurrentRequests: \\d+",
                    "maxConcurrentRequests: " + concurrent);
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public SandboxServer server() {
        return server;
    }

    public Map<String, String> env() {
        return Map.copyOf(env);
    }

    public SandboxRepo set(String variable, String value) {
        if (value == null) {
            env.remove(variable);
        } else {
            env.put(variable, value);
        }
        return this;
    }

    /** Makes the repo a Git repository (if it is not yet) and commits every file; returns the sha. */
    public String commitAll(String message) {
        return commit(message, ".");
    }

    /** Commits what {@code patterns} name (as {@code git add} takes them); returns the sha. */
    public String commit(String message, String... patterns) {
        try (org.eclipse.jgit.api.Git git = Files.isDirectory(root.resolve(".git"))
                ? org.eclipse.jgit.api.Git.open(root.toFile())
                : org.eclipse.jgit.api.Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            var add = git.add();
            for (String pattern : patterns) {
                add.addFilepattern(pattern);
            }
            add.call();
            return git.commit().setMessage(message).setAuthor("Test", "test@example.test")
                    .setCommitter("Test", "test@example.test").call().getName();
        } catch (IOException | org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces {@code from} with {@code to} in a repo file. */
    public void edit(String relative, String from, String to) {
        Path file = root.resolve(relative);
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new AssertionError(relative + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ferry -C <repo> args...} in-process. */
    public FerryCli.Result ferry(String... args) {
        List<String> all = new ArrayList<>(List.of("-C", root.toString()));
        all.addAll(List.of(args));
        return FerryCli.run(env, all.toArray(String[]::new));
    }

    /** Applies with the use case, approving, with retries that wait on a clock that never sleeps. */
    public ApplyResult apply(String environment, boolean prune, InstantTime time) {
        return apply(environment, prune, time, exchange -> { });
    }

    /** As {@link #apply}, with {@code spy} hearing every request right after the run's audit log. */
    public ApplyResult apply(String environment, boolean prune, InstantTime time, ExchangeListener spy) {
        Apply apply = new Apply(ProcessEnv.of(env), listener -> new Connections(root, env, builder -> builder
                .exchangeListener(exchange -> {
                    listener.onExchange(exchange);
                    spy.onExchange(exchange);
                }).timeSource(time).retryPolicy(new RetryPolicy(8, Duration.ofMillis(100),
                        Duration.ofSeconds(2), Duration.ofMinutes(10)))), Clock.systemUTC(), time);
        return apply.run(ApplyRequest.apply(root, environment, List.of(), prune, null, true, null, List.of(),
                Set.of()), Approval.NONE, line -> { }, line -> { });
    }

    /** A client straight to the org of {@code environment}, for edits and checks. */
    public VapiClient client(String environment) {
        String org = dev.ferry.workspace.ProjectState.load(root).environment(environment).org();
        VapiClient client = VapiClient.create(new VapiEndpoint(environment, server.baseUrl().toString(),
                SandboxOrg.defaultTokenOf(org), new RateLimits(1000, 4)));
        clients.add(client);
        return client;
    }

    /** Every live name of one kind, with how many objects carry it. */
    public Map<String, Integer> names(String environment, VapiKind kind) {
        Map<String, Integer> names = new TreeMap<>();
        for (ObjectNode object : client(environment).list(kind)) {
            String name = object.path("name").isString() ? object.get("name").asString()
                    : object.path("function").path("name").asString("");
            names.merge(name, 1, Integer::sum);
        }
        return names;
    }

    /** The first live object of {@code kind} named {@code name} (or with that function name). */
    public ObjectNode find(String environment, VapiKind kind, String name) {
        return client(environment).list(kind).stream().filter(o -> name.equals(o.path("name").asString(null))
                || name.equals(o.path("function").path("name").asString(null))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind.displayName() + " named " + name));
    }

    @Override
    public void close() {
        clients.forEach(VapiClient::close);
        server.close();
    }
}
