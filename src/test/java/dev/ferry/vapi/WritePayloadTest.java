package dev.ferry.vapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class WritePayloadTest {

    @Test
    void createDropsServerOwnedFieldsAndKeepsEverythingElse() {
        ObjectNode tool = Fixtures.object("tool-api-request-with-secrets.json");

        ObjectNode body = WritePayload.forCreate(VapiKind.TOOL, tool);

        assertThat(body.propertyNames()).doesNotContain("id", "orgId", "createdAt", "updatedAt");
        assertThat(body.path("type").stringValue()).isEqualTo("apiRequest");
        assertThat(body.path("futureField").path("keptAsIs").booleanValue()).isTrue();
    }

    @Test
    void toolUpdateLeavesOutTheType() {
        ObjectNode tool = Fixtures.object("tool-api-request-with-secrets.json");

        ObjectNode body = WritePayload.forUpdate(VapiKind.TOOL, tool);

        assertThat(body.has("type")).isFalse();
        assertThat(body.has("server")).isTrue();
    }

    @Test
    void structuredOutputUpdateKeepsItsTypeBecauseTheUpdateDtoAcceptsIt() {
        ObjectNode output = Fixtures.object("structured-output.json");

        ObjectNode body = WritePayload.forUpdate(VapiKind.STRUCTURED_OUTPUT, output);

        assertThat(body.path("type").stringValue()).isEqualTo("ai");
        assertThat(body.has("workflowIds")).isFalse();
    }

    @Test
    void squadUpdateWithoutMembersIsRefusedLocally() {
        ObjectNode squad = (ObjectNode) JsonBody.MAPPER.readTree("{\"name\":\"Front desk\"}");

        assertThatThrownBy(() -> WritePayload.forUpdate(VapiKind.SQUAD, squad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a squad PATCH must carry the whole 'members' field: Vapi requires it and replaces the "
                        + "stored value with it (fields given: [name])");
    }

    @Test
    void readOnlyKindsAreNeverWritten() {
        ObjectNode number = (ObjectNode) JsonBody.MAPPER.readTree("{\"name\":\"main line\"}");

        assertThatThrownBy(() -> WritePayload.forUpdate(VapiKind.PHONE_NUMBER, number))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot update a phone number: Ferry reads this kind only");
        assertThatThrownBy(() -> WritePayload.forCreate(VapiKind.FILE, number))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a file is created by upload, not by a JSON create");
    }
}
