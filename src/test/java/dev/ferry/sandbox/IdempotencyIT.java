package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code Idempotency-Key} is ignored like the real API does, unless the option asks the sandbox to honour it. */
class IdempotencyIT {
    private static final String BODY = "{\"name\": \"Support\"}";

    private static SandboxClient.Reply create(SandboxClient client, String key) {
        return client.send("POST", "/assistant", BODY, "Idempotency-Key", key);
    }

    @Test
    void keyIsIgnoredByDefault() {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inMemory())) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));

            String first = create(client, "run-1/Assistant/support").id();
            String second = create(client, "run-1/Assistant/support").id();

            assertThat(first).isNotEqualTo(second);
            assertThat(client.get("/assistant").body().size()).isEqualTo(2);
        }
    }

    @Test
    void honouredKeyReplaysTheFirstAnswerWithoutASecondCreate() {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inMemory().withIdempotencyKeys(true))) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));

            SandboxClient.Reply first = create(client, "run-1/Assistant/support");
            SandboxClient.Reply second = create(client, "run-1/Assistant/support");

            assertThat(second.status()).isEqualTo(201);
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(client.get("/assistant").body().size()).isEqualTo(1);
        }
    }

    @Test
    void honouredKeyBelongsToOneOrg() {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inMemory().withIdempotencyKeys(true))) {
            SandboxClient dev = SandboxClient.of(server, server.org("acme-dev"));
            SandboxClient uat = SandboxClient.of(server, server.org("acme-uat"));

            String inDev = create(dev, "same-key").id();
            String inUat = create(uat, "same-key").id();

            assertThat(inDev).isNotEqualTo(inUat);
            assertThat(uat.get("/assistant/" + inUat).status()).isEqualTo(200);
        }
    }

    @Test
    void keyReusedForAnotherPathIs422() {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inMemory().withIdempotencyKeys(true))) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));
            create(client, "k1");

            SandboxClient.Reply reply = client.send("POST", "/tool", Fixtures.read("tool-function.json"),
                    "Idempotency-Key", "k1");

            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.body().path("message").asString())
                    .isEqualTo("Idempotency-Key k1 was already used for /assistant");
        }
    }

    @Test
    void failedCreateDoesNotUseUpTheKey() {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inMemory().withIdempotencyKeys(true))) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));

            SandboxClient.Reply rejected = client.send("POST", "/squad", "{}", "Idempotency-Key", "k2");
            SandboxClient.Reply accepted =
                    client.send("POST", "/squad", Fixtures.read("squad.json"), "Idempotency-Key", "k2");

            assertThat(rejected.status()).isEqualTo(400);
            assertThat(accepted.status()).isEqualTo(201);
        }
    }

    @Test
    void retryAfterADroppedAnswerMakesNoDuplicate() {
        SandboxOptions options =
                SandboxOptions.inMemory().withIdempotencyKeys(true).withFaults(FaultSpec.parse("drop=1"));
        try (SandboxServer server = SandboxServer.start(options)) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));

            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    create(client, "run-2/Assistant/support");
                } catch (java.io.UncheckedIOException dropped) {
                    // expected: every write answer is dropped in this run
                }
            }

            assertThat(client.get("/assistant").body().size()).isEqualTo(1);
        }
    }
}
