package dev.ferry.vapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class VapiClientWriteTest {
    private static final String TOOL_ID = "0d3a5b2e-7a51-4c39-9d1e-000000000042";
    private static final String SO_ID = "5c1f7e90-2b3a-4d6e-8f10-a2b3c4d5e6f7";
    private static final String SQUAD_ID = "7a1d0000-2222-4b3c-8d4e-000000000007";

    private final MockVapi vapi = new MockVapi();

    @AfterEach
    void stopServer() {
        vapi.close();
    }

    @Test
    void createPostsWithoutServerOwnedFieldsAndReturnsUnknownFieldsIntact() {
        vapi.enqueueFixture(201, "tool-function.json");

        ObjectNode created = vapi.client().create(VapiKind.TOOL, Fixtures.object("tool-function.json"));

        RecordedRequest request = vapi.take();
        JsonNode sent = MockVapi.json(request);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tool");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockVapi.TOKEN);
        assertThat(sent.propertyNames()).doesNotContain("id", "orgId", "createdAt", "updatedAt", "latestVersion");
        assertThat(sent.path("type").stringValue()).isEqualTo("function");
        assertThat(sent.path("notInAnySpecYet"))
                .isEqualTo(Fixtures.object("tool-function.json").get("notInAnySpecYet"));
        assertThat(created).isEqualTo(Fixtures.object("tool-function.json"));
    }

    @Test
    void toolPatchLeavesOutTheTypeAndSendsEveryOtherTopLevelFieldWhole() {
        vapi.enqueueFixture(200, "tool-function.json");

        vapi.client().update(VapiKind.TOOL, TOOL_ID, Fixtures.object("tool-function.json"));

        RecordedRequest request = vapi.take();
        JsonNode sent = MockVapi.json(request);
        assertThat(request.getMethod()).isEqualTo("PATCH");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tool/" + TOOL_ID);
        assertThat(sent.has("type")).isFalse();
        assertThat(sent.path("function")).isEqualTo(Fixtures.object("tool-function.json").get("function"));
    }

    @Test
    void structuredOutputPatchCarriesSchemaOverride() {
        vapi.enqueueFixture(200, "structured-output.json");

        vapi.client().update(VapiKind.STRUCTURED_OUTPUT, SO_ID, Fixtures.object("structured-output.json"));

        RecordedRequest request = vapi.take();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/structured-output/" + SO_ID);
        assertThat(request.getUrl().queryParameter("schemaOverride")).isEqualTo("true");
        assertThat(MockVapi.json(request).has("workflowIds")).isFalse();
    }

    @Test
    void squadPatchSendsTheMembersAsTheyAre() {
        vapi.enqueueFixture(200, "squad.json");

        vapi.client().update(VapiKind.SQUAD, SQUAD_ID, Fixtures.object("squad.json"));

        JsonNode sent = MockVapi.json(vapi.take());
        assertThat(sent.path("members")).isEqualTo(Fixtures.object("squad.json").get("members"));
    }

    @Test
    void squadPatchWithoutMembersIsRefusedBeforeAnythingIsSent() {
        ObjectNode rename = JsonBody.MAPPER.createObjectNode().put("name", "Front desk 2");

        assertThatThrownBy(() -> vapi.client().update(VapiKind.SQUAD, SQUAD_ID, rename))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a squad PATCH must carry the whole 'members' field");
        assertThat(vapi.server.getRequestCount()).isZero();
    }

    @Test
    void sendsTheIdempotencyKeyTheCallerGives() {
        vapi.enqueueFixture(201, "tool-function.json");
        vapi.enqueueFixture(201, "tool-function.json");
        VapiClient client = vapi.client();

        client.create(VapiKind.TOOL, Fixtures.object("tool-function.json"), "run-42/tool/lookup-order");
        client.create(VapiKind.TOOL, Fixtures.object("tool-function.json"));

        assertThat(vapi.take().getHeaders().get("Idempotency-Key")).isEqualTo("run-42/tool/lookup-order");
        assertThat(vapi.take().getHeaders().get("Idempotency-Key")).isNull();
    }

    @Test
    void deleteReturnsTheObjectAsItWas() {
        vapi.enqueueFixture(200, "tool-function.json");

        ObjectNode deleted = vapi.client().delete(VapiKind.TOOL, TOOL_ID, "run-42/tool/lookup-order/delete");

        RecordedRequest request = vapi.take();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("run-42/tool/lookup-order/delete");
        assertThat(deleted.path("id").stringValue()).isEqualTo(TOOL_ID);
    }

    @Test
    void uploadsAFileAsMultipartWithPurposeAndMetadataAsAJsonString(@TempDir Path dir) throws IOException {
        Path faq = Files.writeString(dir.resolve("faq.txt"), "Opening hours: 9 to 5 daily", StandardCharsets.UTF_8);
        ObjectNode metadata = JsonBody.MAPPER.createObjectNode().put("source", "ferry");
        vapi.enqueueFixture(201, "file-uploaded.json");

        ObjectNode file = vapi.client().upload(new FileUpload(faq, "knowledge-base-v2", metadata), "run-7/file/faq");

        RecordedRequest request = vapi.take();
        String body = request.getBody().utf8();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/file");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(body).contains("name=\"file\"; filename=\"faq.txt\"", "Opening hours: 9 to 5 daily",
                "name=\"purpose\"", "knowledge-base-v2", "name=\"metadata\"", "{\"source\":\"ferry\"}");
        assertThat(file.path("status").stringValue()).isEqualTo("processing");
    }

    @Test
    void readOnlyKindsAreRefusedWithoutARequest() {
        ObjectNode number = JsonBody.MAPPER.createObjectNode().put("name", "main line");

        assertThatThrownBy(() -> vapi.client().create(VapiKind.PHONE_NUMBER, number))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ferry does not write phone numbers; they are read only");
        assertThatThrownBy(() -> vapi.client().delete(VapiKind.LEGACY_KNOWLEDGE_BASE, "kb-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot delete a legacy knowledge base: Ferry reads this kind only");
        assertThat(vapi.server.getRequestCount()).isZero();
    }
}
