package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Status codes and bodies per kind, as a client of the real API relies on them. */
class SandboxContractIT {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final String MISSING_ID = "5b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";

    private SandboxServer server;
    private SandboxOrg org;
    private SandboxClient client;

    @BeforeEach
    void start() {
        server = SandboxServer.start(SandboxOptions.inMemory().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        org = server.addOrg("acme-dev", "dev-token");
        client = SandboxClient.of(server, org);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("/assistant", "assistant.json", "Assistant"),
                Arguments.of("/squad", "squad.json", "Squad"),
                Arguments.of("/tool", "tool-function.json", "Tool"),
                Arguments.of("/tool", "tool-api-request.json", "Tool"),
                Arguments.of("/structured-output", "structured-output.json", "Structured output"),
                Arguments.of("/knowledge-base", "knowledge-base-v1.json", "Knowledge base"),
                Arguments.of("/v2/knowledge-base", "knowledge-base-v2.json", "Knowledge base"),
                Arguments.of("/credential", "credential-custom-bearer.json", "Credential"),
                Arguments.of("/phone-number", "phone-number-vapi.json", "Phone number"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void createAnswers201WithTheRequestFieldsAndServerFields(String path, String fixture, String label) {
        SandboxClient.Reply created = client.post(path, Fixtures.read(fixture));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(created.body().path("orgId").asString()).isEqualTo(org.id().toString());
        if (!path.equals("/knowledge-base")) {
            assertThat(created.body().path("createdAt").asString()).isEqualTo("2026-01-02T03:04:05.678Z");
            assertThat(created.body().path("updatedAt").asString()).isEqualTo("2026-01-02T03:04:05.678Z");
        }
        assertThat(created.body().path("name").asString(null))
                .isEqualTo(SandboxClient.json(Fixtures.read(fixture)).path("name").asString(null));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void getReturnsWhatCreateReturned(String path, String fixture, String label) {
        SandboxClient.Reply created = client.post(path, Fixtures.read(fixture));

        SandboxClient.Reply fetched = client.get(path + "/" + created.id());

        assertThat(fetched.status()).isEqualTo(200);
        ObjectNode body = (ObjectNode) fetched.body().deepCopy();
        body.remove("files"); // only the v2 knowledge base adds these two on GET
        body.remove("toolId");
        assertThat((JsonNode) body).isEqualTo(created.body());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unknownIdIs404NamingTheKind(String path, String fixture, String label) {
        SandboxClient.Reply reply = client.get(path + "/" + MISSING_ID);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).isEqualTo(SandboxClient.json(
                "{\"message\":\"" + label + " not found\",\"error\":\"Not Found\",\"statusCode\":404}"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void idThatIsNotAUuidIs400(String path, String fixture, String label) {
        SandboxClient.Reply reply = client.get(path + "/order-agent");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).isEqualTo(SandboxClient.json(
                "{\"message\":\"Validation failed (uuid is expected)\",\"error\":\"Bad Request\",\"statusCode\":400}"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void deleteAnswers200WithTheDeletedObjectThenGetIs404(String path, String fixture, String label) {
        SandboxClient.Reply created = client.post(path, Fixtures.read(fixture));

        SandboxClient.Reply deleted = client.delete(path + "/" + created.id());

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo(created.body());
        assertThat(client.get(path + "/" + created.id()).status()).isEqualTo(404);
        assertThat(client.delete(path + "/" + created.id()).status()).isEqualTo(404);
    }

    @Test
    void wrongTokenIs401WithVapisExactBody() {
        SandboxClient.Reply reply = client.withToken("not-a-known-token").get("/assistant");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo(SandboxClient.json(Fixtures.read("unauthorized.json")));
    }

    @Test
    void missingTokenIs401() {
        SandboxClient.Reply reply = client.withToken(null).post("/assistant", "{}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo(SandboxClient.json(Fixtures.read("unauthorized.json")));
    }

    @Test
    void authenticationComesBeforeIdValidation() {
        SandboxClient.Reply reply = client.withToken("not-a-known-token").get("/assistant/not-a-uuid");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void unknownRouteIs404CannotGetWithThePathAndQuery() {
        SandboxClient.Reply reply = client.get("/x?limit=2");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).isEqualTo(SandboxClient.json(
                "{\"message\":\"Cannot GET /x?limit=2\",\"error\":\"Not Found\",\"statusCode\":404}"));
    }

    @Test
    void methodTheRouteDoesNotTakeIs404CannotPut() {
        SandboxClient.Reply reply = client.send("PUT", "/assistant", "{}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().path("message").asString()).isEqualTo("Cannot PUT /assistant");
    }

    @Test
    void headOfAnUnknownRouteIs404WithoutABody() {
        SandboxClient.Reply reply = client.send("HEAD", "/x", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().isMissingNode()).isTrue();
    }

    @Test
    void assistantsGetLatestVersionNullAndTheSecretFlag() {
        SandboxClient.Reply created = client.post("/assistant", Fixtures.read("assistant.json"));

        assertThat(created.body().has("latestVersion")).isTrue();
        assertThat(created.body().path("latestVersion").isNull()).isTrue();
        assertThat(created.body().path("isServerUrlSecretSet").asBoolean()).isFalse();
    }

    @Test
    void toolsGetLatestVersionNull() {
        SandboxClient.Reply created = client.post("/tool", Fixtures.read("tool-function.json"));

        assertThat(created.body().path("latestVersion").isNull()).isTrue();
        assertThat(created.body().has("isServerUrlSecretSet")).isFalse();
    }

    @Test
    void vapiPhoneNumberIsAssignedAFictionalNumberAndIsActive() {
        SandboxClient.Reply created = client.post("/phone-number", Fixtures.read("phone-number-vapi.json"));

        assertThat(created.body().path("number").asString()).matches("\\+155555501\\d\\d");
        assertThat(created.body().path("status").asString()).isEqualTo("active");
    }

    @Test
    void v1KnowledgeBaseShowsNoTimestamps() {
        SandboxClient.Reply created = client.post("/knowledge-base", Fixtures.read("knowledge-base-v1.json"));

        assertThat(created.body().has("createdAt")).isFalse();
        assertThat(created.body().has("updatedAt")).isFalse();
    }

    @Test
    void bodyThatIsNotJsonIs400() {
        SandboxClient.Reply reply = client.post("/assistant", "{\"name\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("message").asString()).startsWith("Unexpected token in JSON at position");
    }
}
