package dev.ferry.vapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class VapiClientRedactionTest {
    private static final String[] CANARIES = {
        MockVapi.TOKEN, "sk_live_header_canary_51c0", "sk_live_server_canary_9e2d", "s3cr3t-server-canary",
        "resolved-param-canary-77"
    };

    private final MockVapi vapi = new MockVapi();

    @AfterEach
    void stopServer() {
        vapi.close();
    }

    @Test
    void noSecretReachesTheLogOrAnyMessageOnSuccessOrFailure() {
        ObjectNode tool = Fixtures.object("tool-api-request-with-secrets.json");
        tool.put("description", "calls with resolved-param-canary-77");
        vapi.enqueue(201, tool.toString());
        vapi.enqueueFixture(401, "error-401-invalid-key.json");
        for (int i = 0; i < MockVapi.RETRIES.maxAttempts(); i++) {
            vapi.enqueueFixture(500, "error-500-echoing-token.json");
        }
        VapiClient client = vapi.client();
        client.redactor().registerSecret("resolved-param-canary-77");
        List<String> messages = new ArrayList<>();

        client.create(VapiKind.TOOL, tool, "run-1/tool/order-lookup");
        messages.add(catchThrowable(() -> client.list(VapiKind.TOOL)).getMessage());
        messages.add(catchThrowable(() -> client.get(VapiKind.TOOL, "t-1")).getMessage());

        assertThat(vapi.log.text()).doesNotContain(CANARIES);
        assertThat(messages).allSatisfy(message -> assertThat(message).doesNotContain(CANARIES));
        assertThat(messages.get(1)).contains("checking key [redacted]");
    }

    @Test
    void logLinesShowMethodPathStatusAndDurationWithTheAuthorizationMasked() {
        vapi.enqueueFixture(201, "tool-function.json");

        vapi.client().create(VapiKind.TOOL, Fixtures.object("tool-function.json"), "run-1/tool/lookup-order");

        assertThat(vapi.log.lines()).contains("dev: POST /tool -> 201 in 0 ms");
        assertThat(vapi.log.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("dev: POST /tool headers: ")
                .contains("Authorization=[redacted]", "Idempotency-Key=run-1/tool/lookup-order"));
    }

    @Test
    void theTokenIsMaskedEvenWhereTheServerEchoesItInABody() {
        vapi.enqueue(200, "[{\"id\":\"c1\",\"createdAt\":\"2026-01-01T00:00:00.000Z\",\"note\":\"" + MockVapi.TOKEN
                + "\"}]");
        vapi.enqueue(200, "[]");

        vapi.client().list(VapiKind.CREDENTIAL);

        assertThat(vapi.log.text()).contains("\"note\":\"[redacted]\"").doesNotContain(MockVapi.TOKEN);
    }
}
