package dev.ferry.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.render.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class SecretExportTest {
    private static final String CANARY = "sk_live_CANARY7f3a9c41e2b8d605";
    private static final String CREDENTIAL = "sk_live_CANARYcred0a1b2c3d4e5f6";
    private static final String WEBHOOK = "whsec-CANARY-4b1d9e77a0c3f852";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path folder;

    @Test
    void aCanarySecretNeverReachesAnExportedFile() throws IOException {
        List<LiveObject> live = List.of(assistantWithSecrets(), toolWithSecrets(), ferryCredential(),
                foreignCredential());
        Path repo = RoundTrip.emptyRepo(folder.resolve("repo"));

        ExportPlan plan = new Exporter().export(live, RoundTrip.environment("dev"), ExportOptions.all());
        plan.write(repo, false);

        assertThat(allBytes(repo)).doesNotContain(CANARY, CREDENTIAL, WEBHOOK, "CANARY");
        assertThat(plan.notes()).extracting(ExportNote::format).noneMatch(note -> note.contains("CANARY"));
        assertThat(plan.secrets()).extracting(SecretReference::reference).containsExactlyInAnyOrder(
                "${secrets://front-desk/authorization}", "${secrets://front-desk/prompt}",
                "${secrets://order-lookup/server-secret}", "${secrets://order-lookup/x-api-key}",
                "secrets://crm/api-key");
        assertThat(plan.secrets().toString()).doesNotContain("CANARY");
    }

    @Test
    void secretsBecomeReferencesThatRenderBackToTheLiveValues() {
        List<LiveObject> live = List.of(assistantWithSecrets(), toolWithSecrets(), ferryCredential());

        RoundTrip.Result result = RoundTrip.run(live, RoundTrip.emptyRepo(folder.resolve("repo")), "dev",
                ExportOptions.all());

        // The prompt keeps its reference inside the text, where canonical form compares the whole prompt.
        assertThat(result.errors()).isEmpty();
        assertThat(result.mismatches()).as(RoundTrip.describe(result)).extracting(RoundTrip.Pair::key)
                .containsExactly("front-desk");
        assertThat(result.plan().files().stream().filter(file -> file.path().equals("tools/order-lookup.yaml"))
                .findFirst().orElseThrow().text()).contains(
                        "  authRef: secrets://crm/api-key\n",
                        "    headers:\n      Authorization: ${secrets://crm/api-key}\n      X-Tenant: acme\n",
                        "    secret: ${secrets://order-lookup/server-secret}\n");
    }

    @Test
    void aHeaderValueThatIsATemplateOrHarmlessStaysAsItIs() {
        ObjectNode body = RoundTrip.dressAsLive(NODES.objectNode(), "t-1");
        body.put("type", "function").putObject("function").put("name", "lookup");
        body.putObject("server").put("url", "https://hooks.example.test/vapi").putObject("headers")
                .put("Authorization", "Bearer {{call.token}}").put("Content-Type", "application/json");

        ExportPlan plan = new Exporter().export(List.of(LiveObject.of(Target.TOOL, body)),
                RoundTrip.environment("dev"), ExportOptions.all());

        assertThat(plan.files().get(0).text()).contains("Authorization: Bearer {{call.token}}",
                "Content-Type: application/json");
        assertThat(plan.secrets()).isEmpty();
    }

    private static LiveObject assistantWithSecrets() {
        ObjectNode body = RoundTrip.dressAsLive(NODES.objectNode(), "a-1");
        body.put("name", "Front Desk");
        body.putObject("model").put("provider", "openai").put("model", "gpt-4o").putArray("messages").addObject()
                .put("role", "system").put("content", "You are Robin.\nIf the CRM fails, call it with key " + CANARY
                        + " yourself.\n");
        body.putObject("server").put("url", "https://hooks.example.test/vapi").putObject("headers")
                .put("Authorization", "Bearer " + CANARY);
        return LiveObject.of(Target.ASSISTANT, body);
    }

    private static LiveObject toolWithSecrets() {
        ObjectNode body = RoundTrip.dressAsLive(NODES.objectNode(), "t-1");
        body.put("type", "apiRequest").put("name", "order-lookup").put("method", "GET")
                .put("url", "https://api.example.test/orders").put("credentialId", "c-1");
        ObjectNode server = body.putObject("server").put("url", "https://hooks.example.test/vapi")
                .put("secret", WEBHOOK);
        server.putObject("headers").put("Authorization", "${secrets://crm/api-key}").put("X-Tenant", "acme");
        ObjectNode headers = body.putObject("headers").put("type", "object");
        headers.putObject("properties").putObject("X-Api-Key").put("type", "string").put("value", CANARY);
        return LiveObject.of(Target.TOOL, body);
    }

    private static LiveObject ferryCredential() {
        ObjectNode body = RoundTrip.dressAsLive(NODES.objectNode(), "c-1");
        body.put("provider", "custom-credential").put("name", "crm/api-key");
        body.putObject("authenticationPlan").put("type", "bearer").put("token", CREDENTIAL);
        return LiveObject.of(Target.CREDENTIAL, body);
    }

    private static LiveObject foreignCredential() {
        ObjectNode body = RoundTrip.dressAsLive(NODES.objectNode(), "c-2");
        body.put("provider", "twilio").put("name", "Twilio main").put("authToken", CANARY);
        return LiveObject.of(Target.CREDENTIAL, body);
    }

    private static String allBytes(Path repo) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(repo)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
