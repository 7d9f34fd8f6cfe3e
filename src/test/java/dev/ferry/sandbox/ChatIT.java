package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code POST /chat} on the sandbox: the scripted stand-in model, its default echo and its refusals. */
class ChatIT {
    @TempDir
    Path folder;

    private SandboxServer server;
    private SandboxClient client;
    private String assistantId;

    @BeforeEach
    void start() throws IOException {
        server = SandboxServer.start(SandboxOptions.inFolder(folder.resolve("data")));
        client = SandboxClient.of(server, server.addOrg("acme-dev", null));
        assistantId = client.post("/assistant", "{\"name\":\"Order Desk\"}").id();
        Files.writeString(folder.resolve("data/chat-rules.yaml"), """
                rules:
                  - assistant: Someone Else
                    when: order
                    reply: not for this assistant
                  - when: "(?i)where is my order"
                    reply: Let me look that up.
                    toolCalls:
                      - name: lookup_order
                        arguments: {orderId: "A-17", rush: true}
                  - when: bye
                    toolCalls:
                      - name: endCall
                """);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aMatchingRuleRepliesAndCallsToolsInVapisChatShape() {
        SandboxClient.Reply reply = client.post("/chat", "{\"assistantId\":\"" + assistantId
                + "\",\"input\":\"Hi, where is my order?\"}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode chat = reply.body();
        assertThat(chat.path("assistantId").asString()).isEqualTo(assistantId);
        assertThat(chat.path("orgId").asString()).isEqualTo(SandboxOrg.idOf("acme-dev").toString());
        JsonNode output = chat.path("output");
        assertThat(output.size()).isEqualTo(3);
        JsonNode call = output.get(0).path("tool_calls").get(0);
        assertThat(call.path("function").path("name").asString()).isEqualTo("lookup_order");
        assertThat(SandboxClient.json(call.path("function").path("arguments").asString()))
                .isEqualTo(SandboxClient.json("{\"orderId\":\"A-17\",\"rush\":true}"));
        assertThat(output.get(1).path("role").asString()).isEqualTo("tool");
        assertThat(output.get(1).path("tool_call_id").asString()).isEqualTo(call.path("id").asString());
        assertThat(output.get(2).path("content").asString()).isEqualTo("Let me look that up.");
    }

    @Test
    void withoutAMatchingRuleTheReplyEchoesAndNamesTheAssistant() {
        SandboxClient.Reply reply = client.post("/chat", "{\"assistantId\":\"" + assistantId
                + "\",\"input\":\"Do you open on Sundays?\"}");

        assertThat(reply.body().path("output").get(0).path("content").asString())
                .isEqualTo("Order Desk (sandbox stand-in) heard: Do you open on Sundays?");
    }

    @Test
    void previousChatIdContinuesTheConversationWithItsAssistant() {
        String first = client.post("/chat", "{\"assistantId\":\"" + assistantId + "\",\"input\":\"hello\"}").id();

        SandboxClient.Reply next = client.post("/chat", "{\"previousChatId\":\"" + first + "\",\"input\":\"bye\"}");

        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().path("assistantId").asString()).isEqualTo(assistantId);
        assertThat(next.body().path("messages").toString()).contains("hello", "Order Desk (sandbox stand-in)");
        assertThat(next.body().path("output").get(0).path("tool_calls").get(0).path("function").path("name")
                .asString()).isEqualTo("endCall");
    }

    @Test
    void anUnknownAssistantOrChatIsNotFound() {
        SandboxClient.Reply assistant = client.post("/chat", "{\"assistantId\":\"5b0f2b57-8c1e-4b7e-9d1a-"
                + "000000000000\",\"input\":\"hi\"}");
        SandboxClient.Reply chat = client.post("/chat", "{\"previousChatId\":\"nope\",\"input\":\"hi\"}");

        assertThat(assistant.status()).isEqualTo(404);
        assertThat(assistant.body().path("message").asString()).isEqualTo("Assistant not found");
        assertThat(chat.status()).isEqualTo(404);
        assertThat(chat.body().path("message").asString()).isEqualTo("Chat not found");
    }

    @Test
    void anUnknownFieldOrAMissingInputIsABadRequest() {
        SandboxClient.Reply unknown = client.post("/chat", "{\"assistantId\":\"" + assistantId
                + "\",\"input\":\"hi\",\"temperature\":1}");
        SandboxClient.Reply noInput = client.post("/chat", "{\"assistantId\":\"" + assistantId + "\"}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("message").get(0).asString()).isEqualTo("property temperature should not "
                + "exist");
        assertThat(noInput.status()).isEqualTo(400);
    }

    @Test
    void aBrokenRulesFileIsAServerErrorNamingFileLineAndField() throws IOException {
        Files.writeString(folder.resolve("data/chat-rules.yaml"), "rules:\n  - when: \"(unclosed\"\n");

        SandboxClient.Reply reply = client.post("/chat", "{\"assistantId\":\"" + assistantId + "\",\"input\":\"hi\"}");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body().path("message").asString()).startsWith("sandbox chat rules: "
                + folder.resolve("data").toRealPath().resolve("chat-rules.yaml") + ":2:11: rules[0].when: not a valid "
                + "regular expression: Unclosed group");
    }
}
