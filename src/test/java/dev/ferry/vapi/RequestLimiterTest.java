package dev.ferry.vapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.RateLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestLimiterTest {
    private final FakeTime time = new FakeTime();

    @Test
    void spacesRequestStartsByTheRate() throws InterruptedException {
        RequestLimiter limiter = new RequestLimiter(new RateLimits(4, 10), time);

        for (int i = 0; i < 3; i++) {
            limiter.acquire().close();
        }

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250));
    }

    @Test
    void doesNotWaitWhenTheRequestsAreAlreadyFarApart() throws InterruptedException {
        RequestLimiter limiter = new RequestLimiter(new RateLimits(4, 10), time);
        limiter.acquire().close();
        time.sleep(Duration.ofSeconds(3));

        limiter.acquire().close();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void holdsOnePermitPerRequestInFlight() throws InterruptedException {
        RequestLimiter limiter = new RequestLimiter(new RateLimits(1_000, 2), time);

        RequestLimiter.Permit first = limiter.acquire();
        RequestLimiter.Permit second = limiter.acquire();
        int whileBothRun = limiter.available();
        first.close();
        second.close();

        assertThat(whileBothRun).isZero();
        assertThat(limiter.available()).isEqualTo(2);
    }
}
