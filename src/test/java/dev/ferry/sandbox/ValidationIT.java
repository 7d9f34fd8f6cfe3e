package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whitelist and the cheap validation rules that clients actually hit (vapi-api.md 8.6). */
class ValidationIT {
    private SandboxServer server;
    private SandboxClient client;

    @BeforeEach
    void start() {
        server = SandboxServer.start(SandboxOptions.inMemory());
        client = SandboxClient.of(server, server.org("acme-dev"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void assertRejected(SandboxClient.Reply reply, String... messages) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("error").asString()).isEqualTo("Bad Request");
        assertThat(reply.body().path("statusCode").asInt()).isEqualTo(400);
        assertThat(reply.body().path("message").valueStream().map(node -> node.asString()).toList())
                .containsExactly(messages);
    }

    @Test
    void readOnlyFieldsInACreateBodyAreListedOneByOne() {
        SandboxClient.Reply reply = client.post("/assistant",
                "{\"id\": \"6f0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4\", \"name\": \"x\", \"orgId\": \"o\","
                        + " \"isServerUrlSecretSet\": false}");

        assertRejected(reply, "property id should not exist", "property orgId should not exist",
                "property isServerUrlSecretSet should not exist");
    }

    @Test
    void readOnlyFieldInAPatchBodyIs400AndChangesNothing() {
        String id = client.post("/assistant", "{\"name\": \"Support\"}").id();

        SandboxClient.Reply reply = client.patch("/assistant/" + id,
                "{\"name\": \"Changed\", \"createdAt\": \"2020-01-01T00:00:00.000Z\"}");

        assertRejected(reply, "property createdAt should not exist");
        assertThat(client.get("/assistant/" + id).body().path("name").asString()).isEqualTo("Support");
    }

    @Test
    void unknownNestedFieldsAreAccepted() {
        SandboxClient.Reply reply = client.post("/assistant", "{\"voice\": {\"provider\": \"vapi\","
                + " \"somethingNew\": true}, \"silenceTimeoutSeconds\": 30}");

        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void assistantNameOver40CharactersIs400() {
        SandboxClient.Reply reply = client.post("/assistant", "{\"name\": \"" + "a".repeat(41) + "\"}");

        assertRejected(reply, "name must be shorter than or equal to 40 characters");
    }

    @Test
    void assistantNameOf40CharactersIsAccepted() {
        assertThat(client.post("/assistant", "{\"name\": \"" + "a".repeat(40) + "\"}").status()).isEqualTo(201);
    }

    @Test
    void structuredOutputNameOver40CharactersIs400OnPatchToo() {
        String id = client.post("/structured-output", Fixtures.read("structured-output.json")).id();

        SandboxClient.Reply reply = client.patch("/structured-output/" + id + "?schemaOverride=true",
                "{\"name\": \"" + "s".repeat(41) + "\"}");

        assertRejected(reply, "name must be shorter than or equal to 40 characters");
    }

    @Test
    void fileNameOver40CharactersIs400() {
        String id = FileUploadIT.upload(client, "notes.txt", "hello".getBytes(), "assistant", null).id();

        SandboxClient.Reply reply = client.patch("/file/" + id, "{\"name\": \"" + "f".repeat(41) + "\"}");

        assertRejected(reply, "name must be shorter than or equal to 40 characters");
    }

    @Test
    void knowledgeBaseV2AllowsNamesUpTo80Characters() {
        assertThat(client.post("/v2/knowledge-base", "{\"name\": \"" + "k".repeat(80) + "\"}").status())
                .isEqualTo(201);
        assertRejected(client.post("/v2/knowledge-base", "{\"name\": \"" + "k".repeat(81) + "\"}"),
                "name must be shorter than or equal to 80 characters");
    }

    @Test
    void functionNameWithASpaceIs400() {
        SandboxClient.Reply reply = client.post("/tool",
                "{\"type\": \"function\", \"function\": {\"name\": \"end call\"}}");

        assertRejected(reply, "function.name must match /^[a-zA-Z0-9_-]{1,64}$/ regular expression");
    }

    @Test
    void functionNameWithLettersDigitsDashesAndUnderscoresIsAccepted() {
        SandboxClient.Reply reply = client.post("/tool",
                "{\"type\": \"function\", \"function\": {\"name\": \"Lookup_order-2\"}}");

        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void toolIdsMustBeUuids() {
        SandboxClient.Reply reply = client.post("/assistant",
                "{\"model\": {\"provider\": \"openai\", \"model\": \"gpt-4.1\", \"toolIds\": [\"jira\"]}}");

        assertRejected(reply, "model.each value in toolIds must be a UUID");
    }

    @Test
    void toolIdsInSquadMemberOverridesMustBeUuidsToo() {
        SandboxClient.Reply reply = client.post("/squad", "{\"members\": [{\"assistantId\":"
                + " \"6f0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4\", \"assistantOverrides\": {\"toolIds\": [\"jira\"]}}]}");

        assertRejected(reply, "members.0.assistantOverrides.each value in toolIds must be a UUID");
    }

    @Test
    void structuredOutputRequiresNameAndSchema() {
        assertRejected(client.post("/structured-output", "{}"), "name must be a string", "schema must be an object");
    }

    @Test
    void squadRequiresMembers() {
        assertRejected(client.post("/squad", "{\"name\": \"Front desk\"}"), "members must be an array");
    }

    @Test
    void toolRequiresAKnownType() {
        SandboxClient.Reply reply = client.post("/tool", "{\"function\": {\"name\": \"x\"}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("message").get(0).asString())
                .startsWith("type must be one of the following values: apiRequest, code, dtmf");
    }

    @Test
    void apiRequestToolRequiresMethodAndUrl() {
        assertRejected(client.post("/tool", "{\"type\": \"apiRequest\", \"name\": \"create_ticket\"}"),
                "method must be one of the following values: POST, GET, PUT, PATCH, DELETE", "url must be a string");
    }

    @Test
    void knowledgeBaseV2RequiresANameAndAcceptsNoOtherFields() {
        assertRejected(client.post("/v2/knowledge-base", "{\"description\": \"x\", \"provider\": \"google\"}"),
                "property provider should not exist", "name must be a string");
    }

    @Test
    void filePatchAcceptsOnlyTheName() {
        String id = FileUploadIT.upload(client, "notes.txt", "hello".getBytes(), "assistant", null).id();

        assertRejected(client.patch("/file/" + id, "{\"purpose\": \"assistant\"}"),
                "property purpose should not exist");
    }

    @Test
    void credentialRequiresAProvider() {
        assertRejected(client.post("/credential", "{\"name\": \"x\"}"), "provider must be a string");
    }

    @Test
    void silenceTimeoutBelowTenSecondsIs400() {
        assertRejected(client.post("/assistant", "{\"silenceTimeoutSeconds\": 5}"),
                "silenceTimeoutSeconds must not be less than 10");
    }
}
