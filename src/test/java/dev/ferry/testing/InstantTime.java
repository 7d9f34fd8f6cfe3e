package dev.ferry.testing;

import dev.ferry.vapi.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock for retries and rate limits that never sleeps: a wait moves it on and is remembered. */
public final class InstantTime implements TimeSource {
    private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");
    private final List<Duration> waits = new ArrayList<>();
    private long elapsedNanos;

    @Override
    public synchronized Instant now() {
        return START.plusNanos(elapsedNanos);
    }

    @Override
    public synchronized long nanoTime() {
        return elapsedNanos;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        elapsedNanos += duration.toNanos();
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
