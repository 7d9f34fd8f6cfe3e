package dev.ferry.sandbox;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Which faults the sandbox injects, parsed from text such as
 * {@code latency=40,429=0.1,5xx=0.1,drop=0.05,rate=50,seed=7}. Shares are drawn from one
 * {@link java.util.Random} seeded with {@code seed}, so the same sequence of requests meets the same
 * faults in every run.
 *
 * @param latency added before every answer
 * @param tooManyRequests share of requests answered 429 with {@code Retry-After}
 * @param serverErrors share of requests answered 500, 502 or 503, without doing anything
 * @param droppedWrites share of successful writes whose answer is dropped after the write took effect
 * @param requestsPerSecond per-org limit; requests above it in one second get 429 (0: no limit)
 * @param retryAfter the {@code Retry-After} of injected 429s
 */
public record FaultSpec(
        Duration latency,
        double tooManyRequests,
        double serverErrors,
        double droppedWrites,
        int requestsPerSecond,
        long seed,
        Duration retryAfter) {

    public static final FaultSpec NONE = new FaultSpec(Duration.ZERO, 0, 0, 0, 0, 0, Duration.ofSeconds(1));

    private static final String KEYS = "latency, 429, 5xx, drop, rate, seed or retry-after";

    public FaultSpec {
        if (latency.isNegative() || retryAfter.isNegative() || requestsPerSecond < 0) {
            throw new IllegalArgumentException("latency, retry-after and rate must not be negative");
        }
        for (double share : new double[] {tooManyRequests, serverErrors, droppedWrites}) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("a fault share must be between 0 and 1 (found " + share + ")");
            }
        }
        if (tooManyRequests + serverErrors > 1) {
            throw new IllegalArgumentException("429 and 5xx together exceed 1 (" + tooManyRequests + " + "
                    + serverErrors + "): each request gets at most one of them");
        }
    }

    /**
     * Parses comma-separated {@code key=value} pairs; keys left out keep their {@link #NONE} value.
     * An empty text or {@code none} means no faults.
     *
     * @throws IllegalArgumentException naming the pair at fault and what it should look like
     */
    public static FaultSpec parse(String text) {
        FaultSpec spec = NONE;
        if (text == null || text.isBlank() || text.trim().equals("none")) {
            return spec;
        }
        Set<String> seen = new HashSet<>();
        for (String pair : text.split(",")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException(
                        "expected key=value, found '" + pair.trim() + "' (keys: " + KEYS + ")");
            }
            String key = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            if (!seen.add(key)) {
                throw new IllegalArgumentException(key + " is given twice");
            }
            spec = spec.with(key, value);
        }
        return spec;
    }

    public boolean isNone() {
        return equals(NONE);
    }

    private FaultSpec with(String key, String value) {
        return switch (key) {
            case "latency" -> new FaultSpec(Duration.ofMillis(whole(key, value, "milliseconds")), tooManyRequests,
                    serverErrors, droppedWrites, requestsPerSecond, seed, retryAfter);
            case "429" -> new FaultSpec(latency, share(key, value), serverErrors, droppedWrites, requestsPerSecond,
                    seed, retryAfter);
            case "5xx" -> new FaultSpec(latency, tooManyRequests, share(key, value), droppedWrites,
                    requestsPerSecond, seed, retryAfter);
            case "drop" -> new FaultSpec(latency, tooManyRequests, serverErrors, share(key, value),
                    requestsPerSecond, seed, retryAfter);
            case "rate" -> new FaultSpec(latency, tooManyRequests, serverErrors, droppedWrites,
                    Math.toIntExact(whole(key, value, "requests per second per org (0: no limit)")), seed,
                    retryAfter);
            case "seed" -> new FaultSpec(latency, tooManyRequests, serverErrors, droppedWrites, requestsPerSecond,
                    seedOf(value), retryAfter);
            case "retry-after" -> new FaultSpec(latency, tooManyRequests, serverErrors, droppedWrites,
                    requestsPerSecond, seed, Duration.ofSeconds(whole(key, value, "seconds")));
            default -> throw new IllegalArgumentException("unknown fault '" + key + "'; use " + KEYS);
        };
    }

    private static long whole(String key, String value, String unit) {
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= 0 && parsed <= Integer.MAX_VALUE) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new IllegalArgumentException(key + " must be a whole number of " + unit + ", 0 or more (found '"
                + value + "')");
    }

    private static double share(String key, String value) {
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= 0 && parsed <= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new IllegalArgumentException(key + " must be a share between 0 and 1, such as 0.1 (found '"
                + value + "')");
    }

    private static long seedOf(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed must be a whole number (found '" + value + "')", e);
        }
    }

    /** The spec in the form {@link #parse} reads. */
    @Override
    public String toString() {
        return "latency=" + latency.toMillis() + ",429=" + tooManyRequests + ",5xx=" + serverErrors + ",drop="
                + droppedWrites + ",rate=" + requestsPerSecond + ",seed=" + seed + ",retry-after="
                + retryAfter.toSeconds();
    }
}
