package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeded fault injection: shares within tolerance, reproducible, and dropped answers after real writes. */
class FaultInjectionIT {
    private static SandboxServer start(String faults) {
        return SandboxServer.start(SandboxOptions.inMemory().withFaults(FaultSpec.parse(faults)));
    }

    private static List<Integer> statuses(SandboxClient client, int requests) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            statuses.add(client.get("/assistant?limit=1").status());
        }
        return statuses;
    }

    @Test
    void tenPercentServerErrorsGivesEightToTwelvePercentOf2000Requests() {
        try (SandboxServer server = start("5xx=0.1,seed=7")) {
            List<Integer> statuses = statuses(SandboxClient.of(server, server.org("acme-dev")), 2000);

            long errors = statuses.stream().filter(status -> status >= 500).count();
            assertThat(errors).isBetween(160L, 240L);
            assertThat(statuses).containsOnly(200, 500, 502, 503);
        }
    }

    @Test
    void injected429CarriesRetryAfterAndVapisBody() {
        try (SandboxServer server = start("429=0.1,retry-after=2,seed=3")) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));
            List<SandboxClient.Reply> throttled = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                SandboxClient.Reply reply = client.get("/assistant");
                if (reply.status() == 429) {
                    throttled.add(reply);
                }
            }

            assertThat(throttled.size()).isBetween(80, 120);
            assertThat(throttled).allSatisfy(reply -> {
                assertThat(reply.headers().firstValue("Retry-After")).hasValue("2");
                assertThat(reply.body()).isEqualTo(SandboxClient.json("{\"message\":\"Too Many Requests\","
                        + "\"error\":\"Too Many Requests\",\"statusCode\":429}"));
            });
        }
    }

    @Test
    void sameSeedMeetsTheSameFaultsInTheSameOrder() {
        List<List<Integer>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            try (SandboxServer server = start("429=0.1,5xx=0.1,seed=11")) {
                runs.add(statuses(SandboxClient.of(server, server.org("acme-dev")), 300));
            }
        }

        assertThat(runs.get(0)).isEqualTo(runs.get(1));
        assertThat(runs.get(0)).contains(429, 200);
    }

    @Test
    void droppedAnswerComesAfterTheWriteTookEffect() {
        try (SandboxServer server = start("drop=1")) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));

            boolean answered = client.answers("POST", "/assistant", "{\"name\": \"Lost answer\"}");

            assertThat(answered).isFalse();
            SandboxClient.Reply list = client.get("/assistant");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body().get(0).path("name").asString()).isEqualTo("Lost answer");
        }
    }

    @Test
    void aShareOfWritesIsDroppedAndEveryOneOfThemStillExists() {
        try (SandboxServer server = start("drop=0.2,seed=5")) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));
            int dropped = 0;
            for (int i = 0; i < 300; i++) {
                if (!client.answers("POST", "/tool", Fixtures.read("tool-function.json"))) {
                    dropped++;
                }
            }

            assertThat(dropped).isBetween(45, 75);
            assertThat(client.get("/tool?limit=1000").body().size()).isEqualTo(300);
        }
    }

    @Test
    void failedWritesAreNotDropped() {
        try (SandboxServer server = start("drop=1")) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));

            assertThat(client.post("/squad", "{}").status()).isEqualTo(400);
        }
    }

    @Test
    void rateLimitAnswers429AboveTheLimitPerOrgAndSecond() {
        ManualClock clock = new ManualClock(Instant.parse("2026-06-01T12:00:00.100Z"));
        SandboxOptions options = SandboxOptions.inMemory().withClock(clock).withFaults(FaultSpec.parse("rate=3"));
        try (SandboxServer server = SandboxServer.start(options)) {
            SandboxClient dev = SandboxClient.of(server, server.org("acme-dev"));
            SandboxClient uat = SandboxClient.of(server, server.org("acme-uat"));

            List<Integer> first = statuses(dev, 4);
            SandboxClient.Reply otherOrg = uat.get("/assistant");
            clock.advance(Duration.ofSeconds(1));
            SandboxClient.Reply nextSecond = dev.get("/assistant");

            assertThat(first).containsExactly(200, 200, 200, 429);
            assertThat(otherOrg.status()).isEqualTo(200);
            assertThat(nextSecond.status()).isEqualTo(200);
        }
    }

    @Test
    void rateLimited429SaysToRetryAfterOneSecond() {
        SandboxOptions options = SandboxOptions.inMemory()
                .withClock(new ManualClock(Instant.parse("2026-06-01T12:00:00Z")))
                .withFaults(FaultSpec.parse("rate=1"));
        try (SandboxServer server = SandboxServer.start(options)) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));
            client.get("/assistant");

            assertThat(client.get("/assistant").headers().firstValue("Retry-After")).hasValue("1");
        }
    }

    @Test
    void latencyIsWaitedOutOncePerApiRequest() {
        List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
        SandboxOptions options = SandboxOptions.inMemory().withFaults(FaultSpec.parse("latency=40"));
        try (SandboxServer server = SandboxServer.start(options, null, waits::add)) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));
            client.get("/assistant");
            client.post("/assistant", "{}");
            client.get("/nowhere");

            assertThat(waits).containsExactly(Duration.ofMillis(40), Duration.ofMillis(40), Duration.ofMillis(40));
        }
    }

    @Test
    void withoutFaultsNothingWaits() {
        List<Duration> waits = new ArrayList<>();
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inMemory(), null, waits::add)) {
            SandboxClient.of(server, server.org("acme-dev")).get("/assistant");

            assertThat(waits).isEmpty();
        }
    }
}
