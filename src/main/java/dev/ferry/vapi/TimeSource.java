package dev.ferry.vapi;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock and the sleeper behind retries, backoff and the request limiter. Production uses
 * {@link #system()}; tests inject a fake that records waits and advances time without sleeping.
 */
public interface TimeSource {

    /** Wall-clock time, needed to read a {@code Retry-After} given as an HTTP date. */
    Instant now();

    /** A monotonic reading in nanoseconds for measuring elapsed time. */
    long nanoTime();

    /** Blocks the calling thread for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    static TimeSource system() {
        return SystemTimeSource.INSTANCE;
    }
}
