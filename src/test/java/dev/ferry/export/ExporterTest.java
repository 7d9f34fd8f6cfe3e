package dev.ferry.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.Environments;
import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import dev.ferry.schema.RepoValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ExporterTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final List<LiveObject> sample = RoundTrip.liveFromSample("dev");

    @Test
    void anAssistantBringsItsToolsStructuredOutputsKnowledgeAndCredentials() {
        String billing = idOf(Target.ASSISTANT, "Larkspur Billing");

        ExportPlan plan = export(sample, ExportOptions.all().selecting(Set.of(billing)));

        assertThat(plan.files()).extracting(ExportFile::path).containsExactly(
                "assistants/larkspur-billing.yaml", "structured-outputs/payment-intent.yaml",
                "tools/crm-create-ticket.yaml", "tools/crm-lookup-customer.yaml", "tools/end-call.yaml",
                "tools/transfer-to-dispatch.yaml");
        assertThat(plan.objects()).extracting(ExportedObject::key).contains("crm/api-key#X-Api-Key");
    }

    @Test
    void aBackLinkToAnAssistantThatIsNotExportedStaysUnresolvedAndIsNoted() {
        String summary = idOf(Target.STRUCTURED_OUTPUT, "call_summary");
        String frontDesk = idOf(Target.ASSISTANT, "Larkspur Front Desk");

        ExportPlan plan = export(sample, ExportOptions.all().selecting(Set.of(summary)));

        assertThat(plan.files().get(0).text()).contains("  assistantIds:\n    - unresolved:" + frontDesk + "\n");
        assertThat(plan.notes()).extracting(ExportNote::format).containsExactly(
                "structured-outputs/call-summary.yaml: spec.assistantIds[0] refers to assistant " + frontDesk
                        + ", which is not exported; written as unresolved:" + frontDesk);
    }

    @Test
    void aKnownSlugKeepsARenamedObjectInItsFile() {
        String frontDesk = idOf(Target.ASSISTANT, "Larkspur Front Desk");
        RoundTrip.find(sample, Target.ASSISTANT, frontDesk).body().put("name", "Larkspur Front Desk v2");

        ExportPlan plan = export(sample, ExportOptions.all().selecting(Set.of(frontDesk))
                .withKnownSlugs(Map.of(frontDesk, "front-desk")));

        assertThat(plan.files()).extracting(ExportFile::path).contains("assistants/front-desk.yaml")
                .noneMatch(path -> path.contains("v2"));
        assertThat(plan.files().get(0).text()).contains("  name: Larkspur Front Desk v2\n");
    }

    @Test
    void valuesEqualToParamsBecomePlaceholdersUnlessSomeEnvironmentLacksTheParam() {
        ObjectNode body = RoundTrip.dressAsLive(NODES.objectNode(), "a-1");
        body.put("name", "Params").putObject("voice").put("provider", "vapi").put("voiceId", "Elliot");
        body.putObject("server").put("url", "https://hooks.dev.larkspur.example/vapi/events");
        body.put("firstMessage", "https://hooks.dev.larkspur.example.evil/x");
        Environments environments = new RepoValidator().validate(RoundTrip.SAMPLE, RoundTrip.TODAY).environments()
                .orElseThrow();

        String all = export(List.of(LiveObject.of(Target.ASSISTANT, body)), ExportOptions.all())
                .files().get(0).text();
        String withheld = export(List.of(LiveObject.of(Target.ASSISTANT, body)), new ExportOptions(Set.of(),
                Map.of(), Set.of("voice"))).files().get(0).text();

        assertThat(all).contains("voiceId: ${params.voice}", "url: ${params.webhookBase}/vapi/events",
                "firstMessage: https://hooks.dev.larkspur.example.evil/x");
        assertThat(withheld).contains("voiceId: Elliot", "url: ${params.webhookBase}/vapi/events");
        assertThat(ExportOptions.forRepo(environments).withheldParams()).isEmpty();
    }

    @Test
    void nullIsKeptOnExport() {
        ObjectNode body = RoundTrip.dressAsLive(NODES.objectNode(), "a-1");
        body.put("name", "Cleared").putNull("voicemailMessage").put("endCallMessage", "Goodbye!");

        String file = export(List.of(LiveObject.of(Target.ASSISTANT, body)), ExportOptions.all()).files().get(0)
                .text();

        assertThat(file).contains("  endCallMessage: Goodbye!\n", "  voicemailMessage: null\n");
    }

    @Test
    void aKnowledgeBaseWithoutItsDocumentsIsExportedAsAPlainQueryTool() {
        List<LiveObject> withoutContent = sample.stream().map(object -> object.target() == Target.FILE
                ? LiveObject.of(Target.FILE, object.body()) : object).toList();
        String tool = idOf(Target.TOOL, "kb_service_faqs");

        ExportPlan plan = export(withoutContent, ExportOptions.all().selecting(Set.of(tool)));

        assertThat(plan.files()).extracting(ExportFile::path).containsExactly("tools/kb-service-faqs.yaml");
        assertThat(plan.files().get(0).text()).contains("      fileIds:\n        - unresolved:");
        assertThat(plan.notes()).extracting(ExportNote::message).anyMatch(note -> note.startsWith(
                "file 'service-faqs-pricing.md' (") && note.endsWith(") belongs to no exported knowledge base (or "
                + "its content was not given); not exported"));
    }

    @Test
    void anAssistantWithoutAModelRendersBackWithoutOne(@TempDir Path folder) {
        ObjectNode body = RoundTrip.dressAsLive(NODES.objectNode(), "a-1");
        body.put("name", "No Model Yet").put("firstMessage", "Hello");

        RoundTrip.Result result = RoundTrip.run(List.of(LiveObject.of(Target.ASSISTANT, body)),
                RoundTrip.emptyRepo(folder.resolve("repo")), "dev", ExportOptions.all());

        assertThat(RoundTrip.describe(result)).isEmpty();
    }

    @Test
    void twoLiveObjectsWithOneNameGetTwoSlugsAndANote() {
        ObjectNode first = RoundTrip.dressAsLive(NODES.objectNode(), "t-1");
        first.put("type", "function").putObject("function").put("name", "book_appointment");
        ObjectNode second = first.deepCopy().put("id", "t-2");

        ExportPlan plan = export(List.of(LiveObject.of(Target.TOOL, second), LiveObject.of(Target.TOOL, first)),
                ExportOptions.all());

        assertThat(plan.files()).extracting(ExportFile::path).containsExactly("tools/book-appointment-2.yaml",
                "tools/book-appointment.yaml");
        assertThat(plan.objects()).extracting(ExportedObject::id).containsExactly("t-1", "t-2");
        assertThat(plan.notes()).extracting(ExportNote::format).containsExactly("tools/book-appointment-2.yaml: "
                + "has the live name 'book_appointment' like tools/book-appointment.yaml; Ferry matches objects by "
                + "name, so rename one of them before the next plan");
    }

    @Test
    void slugsComeFromNamesAndStayUnique() {
        Slugs slugs = new Slugs();

        assertThat(slugs.next("Larkspur Recepción", "assistant", "1")).isEqualTo("larkspur-recepcion");
        assertThat(slugs.next("Larkspur  Recepción!", "assistant", "2")).isEqualTo("larkspur-recepcion-2");
        assertThat(slugs.next("book_appointment", "tool", "3")).isEqualTo("book-appointment");
        assertThat(slugs.next("GetCustomerPolicyData", "tool", "4")).isEqualTo("get-customer-policy-data");
        assertThat(slugs.next("日本語", "assistant", "0309c629-a3f2")).isEqualTo("assistant-0309c629");
        assertThat(slugs.next("x".repeat(60), "tool", "5")).hasSize(40);
        assertThat(slugs.next("x".repeat(60), "tool", "6")).isEqualTo("x".repeat(38) + "-2");
    }

    @Test
    void operationsOfADocumentedHttpToolGoBackIntoItsRefInsteadOfFilesOfTheirOwn() {
        String billing = idOf(Target.ASSISTANT, "Larkspur Billing");
        String lookup = idOf(Target.TOOL, "crm-lookup-customer");
        String ticket = idOf(Target.TOOL, "crm-create-ticket");
        RoundTrip.find(sample, Target.TOOL, ticket).body().put("async", true);

        ExportPlan plan = export(sample, ExportOptions.all().selecting(Set.of(billing)).withDocumented(Map.of(
                lookup, new DocumentedObject(Kind.TOOL, "crm", "crm-lookup-customer", "tools/crm.yaml", true),
                ticket, new DocumentedObject(Kind.TOOL, "crm", "crm-create-ticket", "tools/crm.yaml", false))));

        assertThat(plan.files()).extracting(ExportFile::path).containsExactly("assistants/larkspur-billing.yaml",
                "structured-outputs/payment-intent.yaml", "tools/end-call.yaml", "tools/transfer-to-dispatch.yaml");
        assertThat(plan.files().get(0).text()).contains("""
                  tools:
                    - ref: crm
                      operations:
                """).containsPattern("operations:\n        - (create-ticket|lookup-customer)\n"
                + "        - (create-ticket|lookup-customer)\n").doesNotContain("toolIds");
        assertThat(plan.objects()).extracting(ExportedObject::key).contains("crm-lookup-customer",
                "crm-create-ticket");
        assertThat(plan.notes()).extracting(ExportNote::format).contains("tools/crm.yaml: the live tool "
                + "'crm-create-ticket' differs from what this document renders; export keeps the document as it "
                + "is, so carry that change over by hand");
    }

    @Test
    void handoffDestinationsInASquadsOverridesBecomeRefsAndRenderBack(@TempDir Path folder) throws Exception {
        String front = "00000000-0000-4000-8000-0000000000a1";
        String closer = "00000000-0000-4000-8000-0000000000a2";
        String elsewhere = "00000000-0000-4000-8000-0000000000a3";
        ObjectNode squad = (ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
                {"name": "Outbound", "members": [
                  {"assistantId": "%s", "assistantOverrides": {"tools:append": [{"type": "handoff",
                    "destinations": [{"type": "assistant", "assistantId": "%s", "description": "close"},
                                     {"type": "assistant", "assistantId": "%s"}]}]}},
                  {"assistantId": "%s"}],
                 "membersOverrides": {"tools:append": [{"type": "handoff",
                    "destinations": [{"type": "assistant", "assistantId": "%s"}]}]}}
                """.formatted(front, closer, elsewhere, closer, front));
        List<LiveObject> live = List.of(
                LiveObject.of(Target.ASSISTANT, RoundTrip.dressAsLive(NODES.objectNode().put("name", "Front"), front)),
                LiveObject.of(Target.ASSISTANT, RoundTrip.dressAsLive(NODES.objectNode().put("name", "Closer"), closer)),
                LiveObject.of(Target.SQUAD, RoundTrip.dressAsLive(squad, "00000000-0000-4000-8000-0000000000b1")));

        RoundTrip.Result result = RoundTrip.run(live, RoundTrip.emptyRepo(folder.resolve("repo")), "dev",
                ExportOptions.all());

        String text = result.plan().files().stream().filter(file -> file.path().equals("squads/outbound.yaml"))
                .findFirst().orElseThrow().text();
        assertThat(text).contains("""
                            destinations:
                              - ref: closer
                                type: assistant
                """).contains("assistantId: unresolved:" + elsewhere).contains("""
                        destinations:
                          - ref: front
                            type: assistant
                """);
        assertThat(result.plan().notes()).extracting(ExportNote::format).contains("squads/outbound.yaml: "
                + "spec.members[0].assistantOverrides.tools:append[0].destinations[1].assistantId refers to "
                + "assistant " + elsewhere + ", which is not exported; written as unresolved:" + elsewhere);
        assertThat(RoundTrip.describe(result)).isEmpty();
    }

    private String idOf(Target target, String name) {
        return sample.stream().filter(object -> object.target() == target && object.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    private static ExportPlan export(List<LiveObject> live, ExportOptions options) {
        return new Exporter().export(live, RoundTrip.environment("dev"), options);
    }
}
