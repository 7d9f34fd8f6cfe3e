package dev.ferry.vapi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when someone sleeps, and remembers every sleep. */
final class FakeTime implements TimeSource {
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    private final List<Duration> sleeps = new ArrayList<>();
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
        sleeps.add(duration);
        elapsedNanos += duration.toNanos();
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
