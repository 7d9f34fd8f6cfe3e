package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PATCH is partial at the top level only, and three kinds set traps of their own (vapi-api.md 1.4). */
class PatchSemanticsIT {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
    private SandboxServer server;
    private SandboxClient client;

    @BeforeEach
    void start() {
        server = SandboxServer.start(SandboxOptions.inMemory().withClock(clock));
        client = SandboxClient.of(server, server.org("acme-dev"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void patchReplacingModelWipesToolIdsAndMessagesThatWereNotResent() {
        String id = client.post("/assistant", Fixtures.read("assistant.json")).id();

        SandboxClient.Reply patched = client.patch("/assistant/" + id,
                "{\"model\": {\"provider\": \"openai\", \"model\": \"gpt-4.1\", \"temperature\": 0.2}}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().path("model")).isEqualTo(SandboxClient.json(
                "{\"provider\": \"openai\", \"model\": \"gpt-4.1\", \"temperature\": 0.2}"));
        assertThat(client.get("/assistant/" + id).body().path("model").has("toolIds")).isFalse();
    }

    @Test
    void patchKeepsTopLevelKeysItDoesNotSend() {
        SandboxClient.Reply created = client.post("/assistant", Fixtures.read("assistant.json"));

        SandboxClient.Reply patched = client.patch("/assistant/" + created.id(), "{\"firstMessage\": \"Hello\"}");

        assertThat(patched.body().path("firstMessage").asString()).isEqualTo("Hello");
        assertThat(patched.body().path("voice")).isEqualTo(created.body().path("voice"));
        assertThat(patched.body().path("metadata")).isEqualTo(created.body().path("metadata"));
    }

    @Test
    void patchReplacesArraysWholeWithoutAppending() {
        String id = client.post("/assistant", "{\"endCallPhrases\": [\"bye\", \"goodbye\"]}").id();

        SandboxClient.Reply patched = client.patch("/assistant/" + id, "{\"endCallPhrases\": [\"ciao\"]}");

        assertThat(patched.body().path("endCallPhrases")).isEqualTo(SandboxClient.json("[\"ciao\"]"));
    }

    @Test
    void explicitNullIsStoredAsNullNotRemoved() {
        String id = client.post("/assistant", "{\"voicemailMessage\": \"Call me back\"}").id();

        client.patch("/assistant/" + id, "{\"voicemailMessage\": null}");

        SandboxClient.Reply fetched = client.get("/assistant/" + id);
        assertThat(fetched.body().has("voicemailMessage")).isTrue();
        assertThat(fetched.body().path("voicemailMessage").isNull()).isTrue();
    }

    @Test
    void patchBumpsUpdatedAtAndKeepsIdOrgIdAndCreatedAt() {
        SandboxClient.Reply created = client.post("/assistant", "{\"name\": \"Support\"}");
        clock.advance(Duration.ofSeconds(90));

        SandboxClient.Reply patched = client.patch("/assistant/" + created.id(), "{\"name\": \"Support 2\"}");

        assertThat(patched.body().path("updatedAt").asString()).isEqualTo("2026-03-01T10:01:30.000Z");
        assertThat(patched.body().path("createdAt").asString()).isEqualTo("2026-03-01T10:00:00.000Z");
        assertThat(patched.body().path("id")).isEqualTo(created.body().path("id"));
        assertThat(patched.body().path("orgId")).isEqualTo(created.body().path("orgId"));
    }

    @Test
    void toolPatchWithADifferentTypeIs400() {
        String id = client.post("/tool", Fixtures.read("tool-function.json")).id();

        SandboxClient.Reply reply = client.patch("/tool/" + id, "{\"type\": \"apiRequest\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).isEqualTo(SandboxClient.json("{\"message\":[\"type must be one of the following"
                + " values: function\"],\"error\":\"Bad Request\",\"statusCode\":400}"));
        assertThat(client.get("/tool/" + id).body().path("type").asString()).isEqualTo("function");
    }

    @Test
    void toolPatchWithTheSameTypeOrNoTypeIsAccepted() {
        String id = client.post("/tool", Fixtures.read("tool-function.json")).id();

        assertThat(client.patch("/tool/" + id, "{\"type\": \"function\", \"async\": true}").status()).isEqualTo(200);
        assertThat(client.patch("/tool/" + id, "{\"async\": false}").status()).isEqualTo(200);
    }

    @Test
    void squadPatchWithoutMembersIs400() {
        String id = client.post("/squad", Fixtures.read("squad.json")).id();

        SandboxClient.Reply reply = client.patch("/squad/" + id, "{\"name\": \"Renamed\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("message")).isEqualTo(SandboxClient.json("[\"members must be an array\"]"));
        assertThat(client.get("/squad/" + id).body().path("name").asString()).isEqualTo("Front desk");
    }

    @Test
    void squadPatchWithMembersReplacesTheWholeList() {
        String id = client.post("/squad", Fixtures.read("squad.json")).id();

        SandboxClient.Reply reply = client.patch("/squad/" + id,
                "{\"members\": [{\"assistantId\": \"7a1d2e3f-4a5b-4c6d-9e7f-8091a2b3c4d5\"}]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("members").size()).isEqualTo(1);
    }

    @Test
    void structuredOutputPatchWithoutSchemaOverrideIs400() {
        String id = client.post("/structured-output", Fixtures.read("structured-output.json")).id();

        SandboxClient.Reply reply = client.patch("/structured-output/" + id, "{\"description\": \"new\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("message"))
                .isEqualTo(SandboxClient.json("[\"schemaOverride must be a string\"]"));
    }

    @Test
    void structuredOutputPatchWithSchemaOverrideIsAccepted() {
        String id = client.post("/structured-output", Fixtures.read("structured-output.json")).id();

        SandboxClient.Reply reply =
                client.patch("/structured-output/" + id + "?schemaOverride=true", "{\"description\": \"new\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("description").asString()).isEqualTo("new");
    }

    @Test
    void credentialProviderCannotChange() {
        String id = client.post("/credential", Fixtures.read("credential-openai.json")).id();

        SandboxClient.Reply reply = client.patch("/credential/" + id, "{\"provider\": \"anthropic\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("message"))
                .isEqualTo(SandboxClient.json("[\"provider must be one of the following values: openai\"]"));
    }

    @Test
    void patchOfAnUnknownIdIs404() {
        SandboxClient.Reply reply = client.patch("/assistant/5b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "{}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().path("message").asString()).isEqualTo("Assistant not found");
    }
}
