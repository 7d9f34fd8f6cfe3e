package dev.ferry.vapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class RedactorTest {
    private final Redactor redactor = new Redactor();

    @Test
    void masksCredentialSecretFieldsAtAnyDepthAndKeepsIdentifiers() {
        ObjectNode credential = Fixtures.object("credential-create-twilio.json");

        JsonNode redacted = redactor.redact(credential);

        assertThat(redacted.path("authToken").stringValue()).isEqualTo(Redactor.MASK);
        assertThat(redacted.path("apiKey").stringValue()).isEqualTo(Redactor.MASK);
        assertThat(redacted.path("apiSecret").stringValue()).isEqualTo(Redactor.MASK);
        assertThat(redacted.at("/nested/bearerPlan/token").stringValue()).isEqualTo(Redactor.MASK);
        assertThat(redacted.path("accountSid").stringValue()).isEqualTo("AC00000000000000000000000000000001");
        assertThat(redacted.path("name").stringValue()).isEqualTo("prod twilio");
    }

    @Test
    void masksServerHeaderValuesAndApiRequestHeaderValuesButKeepsHeaderNames() {
        ObjectNode tool = Fixtures.object("tool-api-request-with-secrets.json");

        JsonNode redacted = redactor.redact(tool);

        assertThat(redacted.at("/server/headers/Authorization").stringValue()).isEqualTo(Redactor.MASK);
        assertThat(redacted.at("/server/headers/X-Tenant").stringValue()).isEqualTo(Redactor.MASK);
        assertThat(redacted.at("/server/secret").stringValue()).isEqualTo(Redactor.MASK);
        assertThat(redacted.at("/headers/properties/Authorization/value").stringValue()).isEqualTo(Redactor.MASK);
        assertThat(redacted.at("/headers/properties/Authorization/type").stringValue()).isEqualTo("string");
        assertThat(redacted.at("/server/url").stringValue()).isEqualTo("https://hooks.example.test/vapi");
        assertThat(redacted.toString())
                .doesNotContain("sk_live_header_canary_51c0", "sk_live_server_canary_9e2d", "s3cr3t-server-canary");
    }

    @Test
    void masksTheEnvironmentVariablesOfCodeTools() {
        JsonNode tool = JsonBody.MAPPER.readTree(
                "{\"type\":\"code\",\"environmentVariables\":{\"STRIPE_KEY\":\"rk_canary_1\"},\"code\":\"x\"}");

        JsonNode redacted = redactor.redact(tool);

        assertThat(redacted.toString()).isEqualTo(
                "{\"type\":\"code\",\"environmentVariables\":{\"STRIPE_KEY\":\"[redacted]\"},\"code\":\"x\"}");
    }

    @Test
    void leavesTheGivenTreeUntouched() {
        ObjectNode tool = Fixtures.object("tool-api-request-with-secrets.json");

        redactor.redact(tool);

        assertThat(tool.at("/server/secret").stringValue()).isEqualTo("s3cr3t-server-canary");
    }

    @Test
    void masksRegisteredSecretsInsideAnyStringAndInFreeText() {
        redactor.registerSecret("resolved-param-canary-77");
        ObjectNode assistant = (ObjectNode) JsonBody.MAPPER.readTree("{\"firstMessage\":\"key is "
                + "resolved-param-canary-77 ok\",\"model\":{\"x\":\"resolved-param-canary-77\"}}");

        JsonNode redacted = redactor.redact(assistant);
        String text = redactor.redactText("failed for resolved-param-canary-77, with Authorization: Bearer abc.def");

        assertThat(redacted.path("firstMessage").stringValue()).isEqualTo("key is [redacted] ok");
        assertThat(redacted.at("/model/x").stringValue()).isEqualTo(Redactor.MASK);
        assertThat(text).isEqualTo("failed for [redacted], with Authorization: Bearer [redacted]");
    }

    @Test
    void masksAShortRegisteredSecretOnlyWhereAWholeValueEqualsIt() {
        redactor.registerSecret("ab");

        JsonNode redacted = redactor.redact(JsonBody.MAPPER.readTree("{\"a\":\"ab\",\"b\":\"table\"}"));

        assertThat(redacted.toString()).isEqualTo("{\"a\":\"[redacted]\",\"b\":\"table\"}");
    }

    @Test
    void masksSensitiveHeadersOfFerrysOwnCalls() {
        assertThat(redactor.redactHeader("Authorization", "Bearer x")).isEqualTo(Redactor.MASK);
        assertThat(redactor.redactHeader("x-api-key", "k")).isEqualTo(Redactor.MASK);
        assertThat(redactor.redactHeader("X-Session-Token", "t")).isEqualTo(Redactor.MASK);
        assertThat(redactor.redactHeader("Idempotency-Key", "run-1/tool/lookup")).isEqualTo("run-1/tool/lookup");
        assertThat(redactor.redactHeader("Accept", "application/json")).isEqualTo("application/json");
    }

    @Test
    void redactsABodyThatIsNotJsonAsText() {
        redactor.registerSecret("html-canary-secret");

        String body = redactor.redactBody("<html>token html-canary-secret</html>");

        assertThat(body).isEqualTo("<html>token [redacted]</html>");
    }
}
