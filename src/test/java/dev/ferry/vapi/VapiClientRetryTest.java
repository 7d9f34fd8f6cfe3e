package dev.ferry.vapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class VapiClientRetryTest {
    private static final String TOOL_ID = "0d3a5b2e-7a51-4c39-9d1e-000000000042";

    private final MockVapi vapi = new MockVapi();

    @AfterEach
    void stopServer() {
        vapi.close();
    }

    @Test
    void readWaitsTheDeltaSecondsOfRetryAfterThenSucceeds() {
        vapi.server.enqueue(tooManyRequests("7"));
        vapi.enqueueFixture(200, "tool-function.json");

        ObjectNode tool = vapi.client().get(VapiKind.TOOL, TOOL_ID);

        assertThat(tool.path("id").stringValue()).isEqualTo(TOOL_ID);
        assertThat(vapi.time.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(vapi.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void readWaitsUntilTheHttpDateOfRetryAfter() {
        // FakeTime starts at 10:00:00 UTC on that Monday.
        vapi.server.enqueue(tooManyRequests("Mon, 02 Mar 2026 10:00:12 GMT"));
        vapi.enqueueFixture(200, "tool-function.json");

        vapi.client().get(VapiKind.TOOL, TOOL_ID);

        assertThat(vapi.time.sleeps()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void readRetriesA503WithExponentialBackoffThenSucceeds() {
        vapi.enqueueFixture(503, "error-503-unavailable.json");
        vapi.enqueueFixture(503, "error-503-unavailable.json");
        vapi.enqueueFixture(200, "tool-function.json");

        vapi.client().get(VapiKind.TOOL, TOOL_ID);

        // Jitter is fixed at 0, so each wait is half of its step: steps of 2 s and 4 s.
        assertThat(vapi.time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(vapi.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void readThatTimesOutIsRetried() {
        vapi.server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());
        vapi.enqueueFixture(200, "tool-function.json");

        ObjectNode tool = vapi.client().get(VapiKind.TOOL, TOOL_ID);

        assertThat(tool.path("type").stringValue()).isEqualTo("function");
        assertThat(vapi.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void readGivesUpAfterTheMaximumNumberOfAttempts() {
        for (int i = 0; i < 6; i++) {
            vapi.enqueueFixture(503, "error-503-unavailable.json");
        }
        VapiClient client = vapi.client();

        assertThatThrownBy(() -> client.get(VapiKind.TOOL, TOOL_ID))
                .isInstanceOf(VapiException.class)
                .hasMessage("dev: GET /tool/" + TOOL_ID + ": gave up after 4 attempts in 7 s; the last answer was "
                        + "503 Service Unavailable: Service temporarily unavailable");
        assertThat(vapi.server.getRequestCount()).isEqualTo(4);
        assertThat(vapi.time.sleeps())
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void readGivesUpWhenTheNextWaitWouldPassTheTotalTimeBudget() {
        RetryPolicy tight = new RetryPolicy(10, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(25));
        for (int i = 0; i < 10; i++) {
            vapi.enqueueFixture(502, "error-502-bad-gateway.json");
        }
        VapiClient client = vapi.builder().retryPolicy(tight).jitter(() -> 0.999999).build();

        assertThatThrownBy(() -> client.get(VapiKind.TOOL, TOOL_ID))
                .isInstanceOf(VapiException.class)
                .hasMessageContaining("gave up after 3 attempts in 20 s; the last answer was 502 Bad Gateway");
        assertThat(vapi.time.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void aRetryAfterLongerThanTheBudgetStopsAtOnce() {
        vapi.server.enqueue(tooManyRequests("600"));

        assertThatThrownBy(() -> vapi.client().get(VapiKind.TOOL, TOOL_ID))
                .isInstanceOf(VapiException.class)
                .hasMessage("dev: GET /tool/" + TOOL_ID + ": 429 Too Many Requests: the server asked to wait 600 s "
                        + "(Retry-After), beyond the retry budget of 120 s");
        assertThat(vapi.time.sleeps()).isEmpty();
    }

    @Test
    void writeRefusedWith429IsRetriedBecauseNothingWasDone() {
        vapi.server.enqueue(tooManyRequests("3"));
        vapi.enqueueFixture(201, "tool-function.json");

        ObjectNode created = vapi.client().create(VapiKind.TOOL, Fixtures.object("tool-function.json"));

        assertThat(created.path("id").stringValue()).isEqualTo(TOOL_ID);
        assertThat(vapi.server.getRequestCount()).isEqualTo(2);
        assertThat(vapi.time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void writeWhoseConnectionDropsIsNotResentAndItsOutcomeIsUnknown() {
        vapi.server.enqueue(
                new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        vapi.enqueueFixture(201, "tool-function.json");
        VapiClient client = vapi.client();

        assertThatThrownBy(() -> client.create(VapiKind.TOOL, Fixtures.object("tool-function.json")))
                .isInstanceOf(VapiOutcomeUnknownException.class)
                .hasMessageStartingWith("dev: POST /tool: the connection failed (")
                .hasMessageEndingWith("after the request was sent; it may or may not have taken effect, so it was "
                        + "not resent; look the object up (after a create: list by name) before trying again");
        assertThat(vapi.server.getRequestCount()).isEqualTo(1);
        assertThat(vapi.take().getMethod()).isEqualTo("POST");
    }

    @Test
    void writeThatTimesOutIsNotResent() {
        vapi.server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());
        vapi.enqueueFixture(200, "tool-function.json");
        VapiClient client = vapi.client();

        assertThatThrownBy(() -> client.update(VapiKind.TOOL, TOOL_ID, Fixtures.object("tool-function.json")))
                .isInstanceOf(VapiOutcomeUnknownException.class)
                .hasMessageStartingWith("dev: PATCH /tool/" + TOOL_ID + ": timed out waiting for the server after "
                        + "the request was sent;");
        assertThat(vapi.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void writeAnswered5xxIsNotResentAndSaysTheOutcomeIsUnknown() {
        vapi.enqueueFixture(502, "error-502-bad-gateway.json");
        vapi.enqueueFixture(201, "tool-function.json");
        VapiClient client = vapi.client();

        assertThatThrownBy(() -> client.create(VapiKind.TOOL, Fixtures.object("tool-function.json"), "run-1/tool/a"))
                .isInstanceOfSatisfying(VapiOutcomeUnknownException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.exitCode()).isEqualTo(1);
                })
                .hasMessageStartingWith("dev: POST /tool: 502 Bad Gateway: upstream connect error; it may or may not "
                        + "have taken effect, so it was not resent;");
        assertThat(vapi.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void readThatKeepsTimingOutGivesUpNamingTheTimeout() {
        vapi.server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());
        vapi.server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());
        RetryPolicy twice = new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMinutes(1));
        VapiClient client = vapi.builder().retryPolicy(twice).build();

        assertThatThrownBy(() -> client.list(VapiKind.ASSISTANT))
                .isInstanceOf(VapiException.class)
                .isNotInstanceOf(VapiOutcomeUnknownException.class)
                .hasMessage("dev: GET /assistant: gave up after 2 attempts in 1 s; the last attempt failed: timed out "
                        + "waiting for the server");
        assertThat(vapi.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void writeThatCannotConnectSaysNothingWasSent() {
        VapiClient client = vapi.client();
        vapi.close();

        assertThatThrownBy(() -> client.create(VapiKind.TOOL, Fixtures.object("tool-function.json")))
                .isInstanceOf(VapiException.class)
                .isNotInstanceOf(VapiOutcomeUnknownException.class)
                .hasMessageStartingWith("dev: POST /tool: could not connect to " + vapi.endpoint().baseUrl())
                .hasMessageEndingWith("; nothing was sent");
    }

    @Test
    void readThatCannotConnectIsRetriedUntilTheAttemptsRunOut() {
        VapiClient client = vapi.client();
        vapi.close();

        assertThatThrownBy(() -> client.list(VapiKind.TOOL))
                .isInstanceOf(VapiException.class)
                .hasMessageStartingWith("dev: GET /tool: gave up after 4 attempts in 7 s; the last attempt failed: "
                        + "the connection failed (ConnectException");
        assertThat(vapi.time.sleeps())
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    private static MockResponse tooManyRequests(String retryAfter) {
        return new MockResponse.Builder()
                .code(429)
                .setHeader("Content-Type", "application/json")
                .setHeader("Retry-After", retryAfter)
                .body(Fixtures.text("error-429-too-many-requests.json"))
                .build();
    }
}
