package dev.ferry.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.Environments;
import dev.ferry.schema.RepoValidator;
import dev.ferry.schema.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RendererTest {
    private static final Path SAMPLE = Path.of("samples/platform");
    private static ValidationReport report;

    @BeforeAll
    static void validateSample() {
        report = new RepoValidator().validate(SAMPLE, LocalDate.of(2026, 12, 4));
        assertThat(report.findings()).isEmpty();
    }

    private static List<RenderedResource> render(String environment, LiveIndex index) {
        Environments environments = report.environments().orElseThrow();
        return new Renderer(report.repo()).render(environments.find(environment).orElseThrow(), index);
    }

    private static RenderedResource find(List<RenderedResource> resources, Target target, String key) {
        return resources.stream().filter(r -> r.target() == target && r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void systemPromptIsTheFileByteForByte() throws Exception {
        List<RenderedResource> resources = render("dev", LiveIndex.EMPTY);

        JsonNode model = find(resources, Target.ASSISTANT, "front-desk").payload().get("model");

        String file = Files.readString(SAMPLE.resolve("prompts/front-desk.md"), StandardCharsets.UTF_8);
        assertThat(model.get("messages").get(0).get("role").asString()).isEqualTo("system");
        assertThat(model.get("messages").get(0).get("content").asString()).isEqualTo(file);
    }

    @Test
    void paramsComeFromTheEnvironmentOverTheDefaults() {
        JsonNode dev = find(render("dev", LiveIndex.EMPTY), Target.ASSISTANT, "front-desk").payload();
        JsonNode prod = find(render("prod", LiveIndex.EMPTY), Target.ASSISTANT, "front-desk").payload();

        assertThat(dev.at("/model/model").asString()).isEqualTo("gpt-4.1-mini");
        assertThat(prod.at("/model/model").asString()).isEqualTo("gpt-4.1");
        assertThat(prod.at("/server/url").asString()).isEqualTo("https://hooks.larkspur.example/vapi/events");
    }

    @Test
    void refsBecomeIdsFromTheLiveIndexOrPlaceholders() {
        LiveIndex index = (target, key) -> target == Target.TOOL && key.equals("end-call")
                ? Optional.of("11111111-1111-4111-8111-111111111111") : Optional.empty();

        JsonNode toolIds = find(render("dev", index), Target.ASSISTANT, "front-desk").payload().at("/model/toolIds");

        assertThat(toolIds).extracting(JsonNode::asString).containsExactly(
                "@ref:tool/crm-lookup-customer", "@ref:tool/book-appointment", "@ref:tool/transfer-to-human",
                "11111111-1111-4111-8111-111111111111", "@ref:tool/kb-service-faqs");
    }

    @Test
    void policyLiesUnderTheAssistantAndSugarIsGone() {
        JsonNode assistant = find(render("dev", LiveIndex.EMPTY), Target.ASSISTANT, "front-desk").payload();

        assertThat(assistant.at("/stopSpeakingPlan/numWords").asInt()).isEqualTo(2);
        assertThat(assistant.at("/artifactPlan/recordingEnabled").asBoolean()).isTrue();
        assertThat(assistant.at("/artifactPlan/structuredOutputIds/0").asString())
                .isEqualTo("@ref:structured-output/call-summary");
        assertThat(assistant.has("tools")).isFalse();
        assertThat(assistant.has("systemPromptRef")).isFalse();
        assertThat(assistant.has("safetyPolicyRef")).isFalse();
        assertThat(assistant.get("voicemailMessage").isNull()).isTrue();
    }

    @Test
    void httpToolBecomesOneApiRequestToolPerOperationWithItsCredential() {
        List<RenderedResource> resources = render("uat", LiveIndex.EMPTY);

        JsonNode create = find(resources, Target.TOOL, "crm-create-ticket").payload();
        RenderedResource credential = find(resources, Target.CREDENTIAL, "crm/api-key#X-Api-Key");

        assertThat(create.get("type").asString()).isEqualTo("apiRequest");
        assertThat(create.get("url").asString()).isEqualTo("https://hooks.uat.larkspur.example/crm/v2/tickets");
        assertThat(create.at("/body/required/0").asString()).isEqualTo("customerId");
        assertThat(create.get("credentialId").asString()).isEqualTo("@ref:credential/crm/api-key#X-Api-Key");
        assertThat(credential.payload().at("/authenticationPlan/token").asString())
                .isEqualTo("${secrets://crm/api-key}");
        assertThat(credential.payload().at("/authenticationPlan/bearerPrefixEnabled").asBoolean(true)).isFalse();
    }

    @Test
    void knowledgeBaseBecomesFilesAndAQueryTool() {
        List<RenderedResource> resources = render("dev", LiveIndex.EMPTY);

        JsonNode tool = find(resources, Target.TOOL, "kb-service-faqs").payload();

        assertThat(tool.get("type").asString()).isEqualTo("query");
        assertThat(tool.at("/knowledgeBases/0/fileIds")).extracting(JsonNode::asString).containsExactly(
                "@ref:file/service-faqs/pricing.md", "@ref:file/service-faqs/coverage.md");
        assertThat(find(resources, Target.FILE, "service-faqs/pricing.md").payload().get("sha256").asString())
                .hasSize(64);
    }

    @Test
    void squadMembersAndStructuredOutputAssistantsBecomeIds() {
        List<RenderedResource> resources = render("dev", LiveIndex.EMPTY);

        RenderedResource squad = find(resources, Target.SQUAD, "support-line");
        RenderedResource output = find(resources, Target.STRUCTURED_OUTPUT, "call-summary");

        assertThat(squad.payload().at("/members/0/assistantId").asString()).isEqualTo("@ref:assistant/front-desk");
        assertThat(squad.payload().at("/members/0").has("ref")).isFalse();
        assertThat(output.payload().at("/assistantIds/0").asString()).isEqualTo("@ref:assistant/front-desk");
        assertThat(output.backLinks()).containsExactly("/assistantIds");
    }

    @Test
    void resourcesComeInCreationOrder() {
        List<Target> order = render("dev", LiveIndex.EMPTY).stream().map(RenderedResource::target).toList();

        assertThat(order).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(order.get(0)).isEqualTo(Target.CREDENTIAL);
        assertThat(order.get(order.size() - 1)).isEqualTo(Target.SQUAD);
    }
}
