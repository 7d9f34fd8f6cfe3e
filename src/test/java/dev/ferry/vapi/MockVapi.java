package dev.ferry.vapi;

import dev.ferry.config.RateLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;

/**
 * A MockWebServer on loopback plus a client aimed at it with a fake clock, fixed jitter, short timeouts
 * and a captured log: the common ground of the client tests.
 */
final class MockVapi implements AutoCloseable {
    static final String TOKEN = "test-private-key-canary-7f3a9c";
    static final RetryPolicy RETRIES =
            new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(16), Duration.ofMinutes(2));

    final MockWebServer server = new MockWebServer();
    final FakeTime time = new FakeTime();
    final CapturedLog log = new CapturedLog();

    MockVapi() {
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    VapiEndpoint endpoint() {
        return endpoint(new RateLimits(1_000, 4));
    }

    VapiEndpoint endpoint(RateLimits limits) {
        return new VapiEndpoint("dev", server.url("/").toString(), TOKEN, limits);
    }

    VapiClientBuilder builder() {
        return builder(endpoint());
    }

    VapiClientBuilder builder(VapiEndpoint endpoint) {
        return VapiClient.builder(endpoint)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofMillis(300))
                .retryPolicy(RETRIES)
                .timeSource(time)
                .jitter(() -> 0.0)
                .exchangeLog(log);
    }

    VapiClient client() {
        return builder().build();
    }

    void enqueue(int status, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body)
                .build());
    }

    void enqueueFixture(int status, String fixture) {
        enqueue(status, Fixtures.text(fixture));
    }

    RecordedRequest take() {
        try {
            return server.takeRequest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(RecordedRequest request) {
        return JsonBody.MAPPER.readTree(request.getBody().utf8());
    }

    @Override
    public void close() {
        server.close();
    }
}
