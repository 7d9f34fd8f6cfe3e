package dev.ferry.vapi;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the client keeps trying a request the server turned away with 429, or a read that met a 5xx
 * or a network failure: at most {@code maxAttempts} attempts in all and no wait that would end past
 * {@code maxTotalTime}. Waits grow exponentially from {@code initialDelay} up to {@code maxDelay}, with
 * jitter, unless the server names its own wait in {@code Retry-After}.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, Duration maxTotalTime) {
    /** Close to what Vapi's own tooling does against the real API: 2, 4, 8, 16, 32 s. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(6, Duration.ofSeconds(2), Duration.ofSeconds(32), Duration.ofMinutes(3));

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxTotalTime, "maxTotalTime");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 (found " + maxAttempts + ")");
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0 || maxTotalTime.isNegative()) {
            throw new IllegalArgumentException("retry delays must satisfy 0 <= initialDelay <= maxDelay and "
                    + "maxTotalTime >= 0 (found " + initialDelay + ", " + maxDelay + ", " + maxTotalTime + ")");
        }
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry). Half of the exponential step is
     * fixed and half is scaled by {@code jitter} in [0, 1), so parallel clients spread out but every
     * wait stays at least half the step.
     */
    Duration backoff(int retry, double jitter) {
        long cap = maxDelay.toMillis();
        long step = initialDelay.toMillis();
        for (int i = 1; i < retry && step < cap; i++) {
            step *= 2;
        }
        step = Math.min(step, cap);
        long half = step / 2;
        return Duration.ofMillis(step - half + Math.round(half * jitter));
    }
}
