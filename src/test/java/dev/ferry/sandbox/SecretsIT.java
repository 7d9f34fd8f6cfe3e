package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write-only secrets never come back and never reach the data folder; plain headers do come back. */
class SecretsIT {
    @TempDir
    Path data;

    private SandboxServer server;
    private SandboxClient client;

    @BeforeEach
    void start() {
        server = SandboxServer.start(SandboxOptions.inFolder(data));
        client = SandboxClient.of(server, server.org("acme-dev"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void credentialApiKeyIsNeverReturned() {
        SandboxClient.Reply created = client.post("/credential", Fixtures.read("credential-openai.json"));

        assertThat(created.body().has("apiKey")).isFalse();
        assertThat(created.body().path("name").asString()).isEqualTo("prod openai");
        assertThat(client.get("/credential/" + created.id()).body().has("apiKey")).isFalse();
        assertThat(client.get("/credential").body().get(0).has("apiKey")).isFalse();
        assertThat(client.delete("/credential/" + created.id()).body().has("apiKey")).isFalse();
    }

    @Test
    void bearerTokenInsideAnAuthenticationPlanIsNeverReturned() {
        String id = client.post("/credential", Fixtures.read("credential-custom-bearer.json")).id();

        SandboxClient.Reply patched = client.patch("/credential/" + id, "{\"authenticationPlan\": {\"type\":"
                + " \"bearer\", \"token\": \"rotated-token-for-tests\", \"headerName\": \"X-Api-Key\"}}");

        assertThat(patched.body().path("authenticationPlan")).isEqualTo(
                SandboxClient.json("{\"type\": \"bearer\", \"headerName\": \"X-Api-Key\"}"));
    }

    @Test
    void serverSecretIsHiddenAndFlaggedOnAssistants() {
        SandboxClient.Reply created = client.post("/assistant", Fixtures.read("assistant-with-server-secret.json"));

        SandboxClient.Reply fetched = client.get("/assistant/" + created.id());

        assertThat(fetched.body().path("server").has("secret")).isFalse();
        assertThat(fetched.body().path("server").path("url").asString()).isEqualTo("https://hooks.example.com/vapi");
        assertThat(fetched.body().path("isServerUrlSecretSet").asBoolean()).isTrue();
    }

    @Test
    void patchingServerWithoutASecretClearsTheFlag() {
        String id = client.post("/assistant", Fixtures.read("assistant-with-server-secret.json")).id();

        SandboxClient.Reply patched =
                client.patch("/assistant/" + id, "{\"server\": {\"url\": \"https://hooks.example.com/v2\"}}");

        assertThat(patched.body().path("isServerUrlSecretSet").asBoolean()).isFalse();
    }

    @Test
    void legacyServerUrlSecretIsHiddenAndFlagged() {
        SandboxClient.Reply created = client.post("/assistant",
                "{\"serverUrl\": \"https://hooks.example.com\", \"serverUrlSecret\": \"legacy-2024-secret\"}");

        assertThat(created.body().has("serverUrlSecret")).isFalse();
        assertThat(created.body().path("isServerUrlSecretSet").asBoolean()).isTrue();
    }

    @Test
    void serverHeadersAreEchoedVerbatim() {
        SandboxClient.Reply created = client.post("/tool", Fixtures.read("tool-function.json"));

        assertThat(client.get("/tool/" + created.id()).body().path("server").path("headers")).isEqualTo(
                SandboxClient.json("{\"Authorization\": \"Bearer plain-header-token\"}"));
    }

    @Test
    void noSecretValueReachesTheDataFolder() throws IOException {
        client.post("/credential", Fixtures.read("credential-openai.json"));
        client.post("/credential", Fixtures.read("credential-custom-bearer.json"));
        client.post("/assistant", Fixtures.read("assistant-with-server-secret.json"));
        client.post("/knowledge-base", Fixtures.read("knowledge-base-v1.json"));

        String everything;
        try (Stream<Path> files = Files.walk(data)) {
            everything = String.join("\n", files.filter(Files::isRegularFile).map(SecretsIT::read).toList());
        }

        assertThat(everything).contains("prod openai", "hooks.example.com")
                .doesNotContain("openai-key-for-tests-only", "jira-token-for-tests-only",
                        "legacy-server-secret-value", "kb-server-secret-value");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
