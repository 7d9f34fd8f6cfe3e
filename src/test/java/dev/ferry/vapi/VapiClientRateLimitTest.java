package dev.ferry.vapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.RateLimits;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VapiClientRateLimitTest {
    private static final String TOOL_ID = "0d3a5b2e-7a51-4c39-9d1e-000000000042";

    private final MockVapi vapi = new MockVapi();

    @AfterEach
    void stopServer() {
        vapi.close();
    }

    @Test
    void spacesRequestsByTheEnvironmentsRequestsPerSecond() {
        for (int i = 0; i < 3; i++) {
            vapi.enqueueFixture(200, "tool-function.json");
        }
        VapiClient client = vapi.builder(vapi.endpoint(new RateLimits(2, 1))).build();

        for (int i = 0; i < 3; i++) {
            client.get(VapiKind.TOOL, TOOL_ID);
        }

        assertThat(vapi.time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
    }

    @Test
    void aRetryWaitAlreadyLongerThanTheSpacingAddsNoFurtherWait() {
        vapi.enqueueFixture(503, "error-503-unavailable.json");
        vapi.enqueueFixture(200, "tool-function.json");
        VapiClient client = vapi.builder(vapi.endpoint(new RateLimits(2, 1))).build();

        client.get(VapiKind.TOOL, TOOL_ID);

        assertThat(vapi.time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }
}
