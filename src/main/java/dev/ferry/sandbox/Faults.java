package dev.ferry.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Applies a {@link FaultSpec} to requests. Every authenticated request takes the same three draws
 * from one seeded {@link Random}, whatever their outcome, so that the n-th request of a run meets
 * the same fault every time (for requests sent one after another; concurrent ones race for draws).
 */
final class Faults {
    /** Waits out the latency; replaced in tests so that no test measures time. */
    interface Sleeper {
        Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    private static final int[] SERVER_ERRORS = {500, 502, 503};

    private final FaultSpec spec;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Random random;
    private final Map<String, Window> windows = new HashMap<>();

    Faults(FaultSpec spec, Clock clock, Sleeper sleeper) {
        this.spec = spec;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = new Random(spec.seed());
    }

    /** What happens to one request: answered with a fault instead, or carried out and perhaps not answered. */
    record Verdict(int status, Duration retryAfter, boolean dropResponse) {
        static final Verdict PROCEED = new Verdict(0, Duration.ZERO, false);

        Optional<ApiReply> rejection() {
            if (status == 0) {
                return Optional.empty();
            }
            Map<String, String> headers =
                    status == 429 ? Map.of("Retry-After", Long.toString(retryAfter.toSeconds())) : Map.of();
            String message = status == 500 ? "Internal server error" : ApiError.reason(status);
            return Optional.of(new ApiReply(status, ApiError.body(status, message), headers));
        }
    }

    void delay() {
        if (spec.latency().isZero()) {
            return;
        }
        try {
            sleeper.sleep(spec.latency());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized Verdict decide(String org, boolean write) {
        double status = random.nextDouble();
        double drop = random.nextDouble();
        int serverError = SERVER_ERRORS[random.nextInt(SERVER_ERRORS.length)];
        if (overRate(org)) {
            return new Verdict(429, Duration.ofSeconds(1), false);
        }
        if (status < spec.tooManyRequests()) {
            return new Verdict(429, spec.retryAfter(), false);
        }
        if (status < spec.tooManyRequests() + spec.serverErrors()) {
            return new Verdict(serverError, Duration.ZERO, false);
        }
        if (write && drop < spec.droppedWrites()) {
            return new Verdict(0, Duration.ZERO, true);
        }
        return Verdict.PROCEED;
    }

    /** A fixed one-second window per org, on the injected clock. */
    private boolean overRate(String org) {
        if (spec.requestsPerSecond() == 0) {
            return false;
        }
        long second = Math.floorDiv(clock.millis(), 1000);
        Window window = windows.computeIfAbsent(org, unused -> new Window());
        if (window.second != second) {
            window.second = second;
            window.count = 0;
        }
        window.count++;
        return window.count > spec.requestsPerSecond();
    }

    /** Requests counted in the current second of one org. */
    private static final class Window {
        private long second = Long.MIN_VALUE;
        private long count;
    }
}
