package dev.ferry.vapi;

import dev.ferry.config.RateLimits;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Keeps one environment within its {@link RateLimits}: a semaphore bounds the requests in flight and
 * request starts are spaced at least {@code 1 / maxRequestsPerSecond} apart. Time comes from the
 * injected {@link TimeSource}, so tests see the spacing as recorded waits.
 */
final class RequestLimiter {
    private final Semaphore inFlight;
    private final long intervalNanos;
    private final TimeSource time;
    private long nextStartNanos;
    private boolean started;

    RequestLimiter(RateLimits limits, TimeSource time) {
        this.inFlight = new Semaphore(limits.maxConcurrentRequests(), true);
        this.intervalNanos = Math.round(1_000_000_000d / limits.maxRequestsPerSecond());
        this.time = time;
    }

    /** Blocks until a request may start; the caller closes the permit when its exchange has ended. */
    Permit acquire() throws InterruptedException {
        inFlight.acquire();
        try {
            Duration wait = reserveStart();
            if (!wait.isZero()) {
                time.sleep(wait);
            }
        } catch (InterruptedException | RuntimeException e) {
            inFlight.release();
            throw e;
        }
        return inFlight::release;
    }

    /** Requests that may still start right now without waiting for another to end. */
    int available() {
        return inFlight.availablePermits();
    }

    private synchronized Duration reserveStart() {
        long now = time.nanoTime();
        long start = started ? Math.max(now, nextStartNanos) : now;
        started = true;
        nextStartNanos = start + intervalNanos;
        return Duration.ofNanos(start - now);
    }

    /** One request's right to be in flight. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
