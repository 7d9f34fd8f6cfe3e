package dev.ferry.bench;

import dev.ferry.config.RateLimits;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxOrg;
import dev.ferry.sandbox.SandboxServer;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiEndpoint;
import dev.ferry.vapi.VapiKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sandbox throughput through the real client over loopback: GET by id and PATCH of assistants,
 * with 4 client threads, in requests per second (median of several rounds). Pass a data folder
 * as the first argument to measure with persistence on.
 */
public final class SandboxThroughputBenchmark {
    private static final int OBJECTS = 200;
    private static final int REQUESTS = 2000;
    private static final int THREADS = 4;

    public static void main(String[] args) throws Exception {
        SandboxOptions options = args.length > 0 ? SandboxOptions.inFolder(java.nio.file.Path.of(args[0]))
                : SandboxOptions.inMemory();
        try (SandboxServer server = SandboxServer.start(options)) {
            SandboxOrg org = server.addOrg("throughput", null);
            try (VapiClient client = VapiClient.create(new VapiEndpoint("throughput", server.baseUrl().toString(),
                    org.token(), new RateLimits(100_000, THREADS)))) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < OBJECTS; i++) {
                    ids.add(client.create(VapiKind.ASSISTANT, assistant(i)).get("id").asString());
                }
                ExecutorService pool = Executors.newFixedThreadPool(THREADS);
                report("GET /assistant/{id}", pool, i -> client.get(VapiKind.ASSISTANT, ids.get(i % OBJECTS)));
                report("PATCH /assistant/{id}", pool, i -> client.update(VapiKind.ASSISTANT, ids.get(i % OBJECTS),
                        patch(i)));
                pool.shutdown();
            }
        }
    }

    private interface Call {
        void run(int i) throws Exception;
    }

    private static void report(String label, ExecutorService pool, Call call) throws Exception {
        Stopwatch stopwatch = new Stopwatch();
        for (int round = 0; round < 6; round++) {
            Runnable batch = () -> {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < REQUESTS; i++) {
                    int n = i;
                    futures.add(pool.submit(() -> {
                        call.run(n);
                        return null;
                    }));
                }
                for (Future<?> future : futures) {
                    try {
                        future.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
            if (round == 0) {
                batch.run();
            } else {
                stopwatch.time(batch);
            }
        }
        System.out.printf(Locale.ROOT, "%s: %.0f requests/s (median of 5 rounds of %d, %d threads)%n", label,
                REQUESTS / (stopwatch.median() / 1000.0), REQUESTS, THREADS);
    }

    private static ObjectNode assistant(int i) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("name", "assistant " + i);
        ObjectNode model = body.putObject("model");
        model.put("provider", "openai").put("model", "gpt-4.1-mini").put("temperature", 0.3);
        model.putArray("messages").addObject().put("role", "system").put("content", "Be brief. ".repeat(100));
        return body;
    }

    private static ObjectNode patch(int i) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("firstMessage", "Hello number " + i);
        return body;
    }
}
