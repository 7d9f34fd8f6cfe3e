package dev.ferry.vapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy =
            new RetryPolicy(8, Duration.ofSeconds(2), Duration.ofSeconds(16), Duration.ofMinutes(5));

    @Test
    void backoffDoublesUpToTheCapWithFullJitter() {
        assertThat(policy.backoff(1, 0.999999)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(2, 0.999999)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoff(4, 0.999999)).isEqualTo(Duration.ofSeconds(16));
        assertThat(policy.backoff(7, 0.999999)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void jitterNeverTakesAWaitBelowHalfItsStep() {
        assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void refusesAPolicyWithoutAttempts() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAttempts must be at least 1 (found 0)");
    }
}
