package dev.ferry.workspace;

import dev.ferry.render.Target;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything Ferry manages in one org, read in one go: every kind is listed at once (the client's
 * limiter keeps to the environment's rate and concurrency), so the wait is the longest list.
 */
public record LiveSnapshot(String environment, Map<Target, List<LiveObject>> objects, Instant readAt) {
    public LiveSnapshot {
        Map<Target, List<LiveObject>> copy = new EnumMap<>(Target.class);
        objects.forEach((target, list) -> copy.put(target, List.copyOf(list)));
        objects = java.util.Collections.unmodifiableMap(copy);
    }

    public List<LiveObject> of(Target target) {
        return objects.getOrDefault(target, List.of());
    }

    /** Lists every managed kind of the org behind {@code client}; blocks until all lists are in. */
    public static LiveSnapshot read(String environment, VapiClient client) {
        ExecutorService pool = Executors.newFixedThreadPool(Target.values().length, runnable -> {
            Thread thread = new Thread(runnable, "ferry-list-" + environment);
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<Target, CompletableFuture<List<ObjectNode>>> lists = new EnumMap<>(Target.class);
            for (Target target : Target.values()) {
                lists.put(target, CompletableFuture.supplyAsync(() -> client.list(VapiKind.of(target)), pool));
            }
            Map<Target, List<LiveObject>> objects = new EnumMap<>(Target.class);
            for (var entry : lists.entrySet()) {
                List<LiveObject> live = new ArrayList<>();
                for (ObjectNode body : join(entry.getValue())) {
                    live.add(new LiveObject(entry.getKey(), body.path("id").asString(),
                            LiveObject.nameOf(entry.getKey(), body), body));
                }
                objects.put(entry.getKey(), live);
            }
            return new LiveSnapshot(environment, objects, Instant.now());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ObjectNode> join(CompletableFuture<List<ObjectNode>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

}
