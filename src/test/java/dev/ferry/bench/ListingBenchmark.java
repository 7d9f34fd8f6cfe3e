package dev.ferry.bench;

import dev.ferry.config.RateLimits;
import dev.ferry.sandbox.FaultSpec;
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
 * Lists 3 orgs x 5 kinds x 1,000 objects through the Vapi client against the sandbox with 40 ms of
 * latency per request, every environment and kind at once, as the workbench loads its matrix.
 * Compares the median wall time with the floor: per org, the longer of its longest chain of
 * sequential page requests and its requests spread over its concurrency limit, times the latency.
 */
public final class ListingBenchmark {
    private static final List<VapiKind> KINDS = List.of(VapiKind.ASSISTANT, VapiKind.SQUAD, VapiKind.TOOL,
            VapiKind.STRUCTURED_OUTPUT, VapiKind.CREDENTIAL);
    private static final int LATENCY_MS = Integer.getInteger("latency", 40);
    private static final RateLimits LIMITS = new RateLimits(1000, 4);

    public static void main(String[] args) throws Exception {
        int perKind = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inMemory())) {
            List<VapiClient> clients = new ArrayList<>();
            for (String name : List.of("bench-dev", "bench-uat", "bench-prod")) {
                SandboxOrg org = server.addOrg(name, null);
                clients.add(VapiClient.create(new VapiEndpoint(name, server.baseUrl().toString(), org.token(),
                        LIMITS)));
            }
            long seedStart = System.nanoTime();
            for (VapiClient client : clients) {
                seed(client, perKind);
            }
            System.out.printf(Locale.ROOT, "seeded %d objects in %.1f s%n", 3 * KINDS.size() * perKind,
                    (System.nanoTime() - seedStart) / 1e9);
            server.useFaults(FaultSpec.parse("latency=" + LATENCY_MS));

            ExecutorService pool = Executors.newCachedThreadPool();
            int[] requests = new int[1];
            Stopwatch stopwatch = new Stopwatch();
            for (int run = 0; run < runs + 1; run++) {
                long before = server.requestCount();
                Runnable listAll = () -> listAll(clients, pool, perKind);
                if (run == 0) {
                    listAll.run();
                } else {
                    stopwatch.time(listAll);
                }
                requests[0] = (int) (server.requestCount() - before);
            }
            pool.shutdown();
            int perOrg = requests[0] / clients.size();
            int chain = chainLength(perKind);
            double floor = Math.max(chain, Math.ceil(perOrg / (double) LIMITS.maxConcurrentRequests())) * LATENCY_MS;
            System.out.printf(Locale.ROOT, "requests per listing: %d (%d per org, longest chain %d)%n", requests[0],
                    perOrg, chain);
            System.out.println("list 3 orgs x 5 kinds: " + stopwatch.summary());
            System.out.printf(Locale.ROOT, "floor %.0f ms; median / floor = %.2f (target 1.3)%n", floor,
                    stopwatch.median() / floor);
            clients.forEach(VapiClient::close);
        }
    }

    /** Pages one kind needs in a row: full pages of 1,000, then one that adds nothing new. */
    private static int chainLength(int perKind) {
        return perKind / 1000 + 1;
    }

    private static void listAll(List<VapiClient> clients, ExecutorService pool, int perKind) {
        List<Future<Integer>> lists = new ArrayList<>();
        for (VapiClient client : clients) {
            for (VapiKind kind : KINDS) {
                lists.add(pool.submit(() -> client.list(kind).size()));
            }
        }
        for (Future<Integer> list : lists) {
            try {
                int size = list.get();
                if (size != perKind) {
                    throw new IllegalStateException("listed " + size + " objects, expected " + perKind);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void seed(VapiClient client, int perKind) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> creates = new ArrayList<>();
        for (VapiKind kind : KINDS) {
            for (int i = 0; i < perKind; i++) {
                ObjectNode body = body(kind, i);
                creates.add(pool.submit(() -> client.create(kind, body)));
            }
        }
        for (Future<?> create : creates) {
            create.get();
        }
        pool.shutdown();
    }

    private static ObjectNode body(VapiKind kind, int i) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        switch (kind) {
            case ASSISTANT -> body.put("name", "assistant " + i).putObject("model").put("provider", "openai")
                    .put("model", "gpt-4.1-mini");
            case SQUAD -> body.put("name", "squad " + i).putArray("members").addObject()
                    .put("assistantId", "00000000-0000-4000-8000-000000000000");
            case TOOL -> body.put("type", "function").putObject("function").put("name", "tool_" + i);
            case STRUCTURED_OUTPUT -> body.put("name", "output " + i).putObject("schema").put("type", "object");
            default -> body.put("provider", "custom-credential").put("name", "credential " + i)
                    .putObject("authenticationPlan").put("type", "bearer").put("token", "bench-token-" + i);
        }
        return body;
    }
}
