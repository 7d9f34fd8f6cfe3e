package dev.ferry.vapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class VapiClientExchangeListenerTest {
    private final MockVapi vapi = new MockVapi();
    private final List<ExchangeListener.Exchange> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        vapi.close();
    }

    private VapiClient client() {
        return vapi.builder().exchangeListener(heard::add).build();
    }

    @Test
    void everyAttemptIsHeardWithBodyHashesAndTheIdempotencyKeyButNoBody() throws Exception {
        String answer = "{\"id\":\"a1\",\"name\":\"Intake\"}";
        vapi.enqueue(429, "{\"message\":\"Too Many Requests\"}");
        vapi.enqueue(201, answer);
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("name", "Intake");

        client().create(VapiKind.ASSISTANT, body, "run-1/assistant/intake");

        assertThat(heard).hasSize(2);
        ExchangeListener.Exchange last = heard.get(1);
        assertThat(heard.get(0).status()).isEqualTo(429);
        assertThat(last.status()).isEqualTo(201);
        assertThat(last.method()).isEqualTo("POST");
        assertThat(last.path()).isEqualTo("/assistant");
        assertThat(last.environment()).isEqualTo("dev");
        assertThat(last.idempotencyKey()).isEqualTo("run-1/assistant/intake");
        assertThat(last.requestSha256()).isEqualTo(sha256(vapi.take().getBody().utf8()));
        assertThat(last.responseSha256()).isEqualTo(sha256(answer));
        assertThat(heard.toString()).doesNotContain("Intake").doesNotContain(MockVapi.TOKEN);
    }

    @Test
    void aWriteWhoseAnswerWasLostIsHeardWithoutAStatus() {
        vapi.server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());

        assertThatThrownBy(() -> client().create(VapiKind.TOOL,
                JsonNodeFactory.instance.objectNode().put("type", "endCall"), "k"))
                .isInstanceOf(VapiOutcomeUnknownException.class);

        assertThat(heard).singleElement().satisfies(exchange -> {
            assertThat(exchange.status()).isEqualTo(VapiException.NO_STATUS);
            assertThat(exchange.responseSha256()).isNull();
        });
    }

    @Test
    void aListenerThatThrowsDoesNotFailTheRequest() {
        vapi.enqueue(200, "{\"id\":\"a1\"}");
        VapiClient client = vapi.builder().exchangeListener(exchange -> {
            throw new IllegalStateException("disk full");
        }).build();

        assertThat(client.get(VapiKind.ASSISTANT, "a1").path("id").asString()).isEqualTo("a1");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
