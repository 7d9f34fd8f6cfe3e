package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.RateLimits;
import dev.ferry.testing.FerryCli;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiEndpoint;
import dev.ferry.vapi.VapiKind;
import dev.ferry.demo.DemoSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Canary secrets put into a live org — a header, a credential, a token pasted into a prompt —
 * never appear in what diff, export or render print or write.
 */
class SecretsNeverShownIT {
    private static final String HEADER_CANARY = "Bearer canaryHeader0123456789abcdef";
    private static final String PROMPT_CANARY = "sk-canaryPrompt0123456789abcd";
    private static final String CREDENTIAL_CANARY = "canary-credential-5d1f0a9e7c";
    private static final List<String> CANARIES = List.of("canaryHeader0123456789abcdef", PROMPT_CANARY,
            CREDENTIAL_CANARY);

    @TempDir
    static Path folder;

    private static Path repo;

    @BeforeAll
    static void plantCanaries() {
        repo = folder.resolve("demo");
        DemoSetup.createRepo(Path.of("samples/platform"), repo);
        DemoSetup.fill(repo, Map.of());
        FerryCli.Result org = FerryCli.run("-C", repo.toString(), "render", "--env", "dev");
        assertThat(org.exitCode()).isZero();
        try (dev.ferry.workspace.Connections connections = new dev.ferry.workspace.Connections(repo, Map.of())) {
            VapiEndpoint endpoint = connections.endpoint(new dev.ferry.config.Environment("dev", "larkspur-dev", null,
                    "sandbox", null, dev.ferry.config.Access.WRITE, null, false,
                    dev.ferry.config.SecretsSettings.NONE, Map.of(), new RateLimits(1000, 4)));
            try (VapiClient client = VapiClient.create(endpoint)) {
                ObjectNode tool = find(client, VapiKind.TOOL, "book_appointment");
                ((ObjectNode) tool.at("/server/headers")).put("Authorization", HEADER_CANARY);
                client.update(VapiKind.TOOL, tool.get("id").asString(),
                        tool.objectNode().set("server", tool.get("server")));
                ObjectNode assistant = find(client, VapiKind.ASSISTANT, "Larkspur Booking");
                ObjectNode system = (ObjectNode) assistant.at("/model/messages/0");
                system.put("content", system.get("content").asString() + "Use key " + PROMPT_CANARY + " for lookups.\n");
                client.update(VapiKind.ASSISTANT, assistant.get("id").asString(),
                        assistant.objectNode().set("model", assistant.get("model")));
                ObjectNode credential = client.list(VapiKind.CREDENTIAL).get(0);
                ObjectNode plan = ((ObjectNode) credential.get("authenticationPlan").deepCopy());
                plan.put("token", CREDENTIAL_CANARY);
                client.update(VapiKind.CREDENTIAL, credential.get("id").asString(),
                        credential.objectNode().set("authenticationPlan", plan));
            }
        }
    }

    private static ObjectNode find(VapiClient client, VapiKind kind, String name) {
        return client.list(kind).stream().filter(o -> name.equals(o.path("name").asString())
                || name.equals(o.path("function").path("name").asString())).findFirst().orElseThrow();
    }

    private static void assertNoCanary(String text) {
        for (String canary : CANARIES) {
            assertThat(text).doesNotContain(canary);
        }
    }

    @Test
    void diffShowsThatSomethingChangedButNotTheValues() {
        FerryCli.Result text = FerryCli.run("-C", repo.toString(), "diff", "--from", "git", "--to", "dev");
        FerryCli.Result json = FerryCli.run("-C", repo.toString(), "--output", "json", "diff", "--from", "git",
                "--to", "dev");

        assertThat(text.out()).contains("=== tool/book-appointment", "<masked>");
        assertNoCanary(text.out() + text.err());
        assertNoCanary(json.out() + json.err());
    }

    @Test
    void exportWritesReferencesInsteadOfTheValues() throws IOException {
        Path out = folder.resolve("exported");

        FerryCli.Result result = FerryCli.run("-C", repo.toString(), "export", "--env", "dev", "--out",
                out.toString());

        assertThat(result.exitCode()).isZero();
        assertNoCanary(result.out() + result.err());
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertNoCanary(Files.readString(file));
            }
        }
    }

    @Test
    void renderAndTheLogNeverHoldThem() throws IOException {
        FerryCli.Result result = FerryCli.run("-C", repo.toString(), "render", "--env", "dev", "--resolve");

        assertNoCanary(result.out() + result.err());
        Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/test-ferry.log"));
        if (Files.exists(log)) {
            assertNoCanary(Files.readString(log));
        }
    }
}
