package dev.ferry.sandbox.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.render.Target;
import dev.ferry.vapi.VapiKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ConfigLoaderIT {
    private static final Path FIXTURES = Path.of("src/test/resources/dev/ferry/sandbox/load");

    private LoaderFixture sandbox;

    @BeforeEach
    void start() {
        sandbox = new LoaderFixture();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ObjectNode byName(VapiKind kind, String name) {
        return sandbox.client.list(kind).stream()
                .filter(object -> name.equals(object.path("name").asString())
                        || name.equals(object.path("function").path("name").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    @Test
    void getDumpsAreCreatedWithoutServerFieldsAndTheirToolIdsWiredToTheNewIds() {
        LoadReport report = new ConfigLoader(sandbox.client).load(FIXTURES.resolve("get-dump"));

        ObjectNode tool = byName(VapiKind.TOOL, "lookup_booking");
        ObjectNode assistant = byName(VapiKind.ASSISTANT, "Booking Desk");
        assertThat(report.loaded()).extracting(LoadReport.Loaded::shape).containsOnly("get_dump");
        assertThat(tool.get("id").asString()).isNotEqualTo("6a1f0c3e-0b5d-4c61-9b7e-1d2f3a4b5c6d");
        assertThat(assistant.get("orgId").asString()).isEqualTo(sandbox.org.id().toString());
        assertThat(assistant.at("/model/toolIds/0").asString()).isEqualTo(tool.get("id").asString());
        assertThat(report.idOf(Target.TOOL, "6a1f0c3e-0b5d-4c61-9b7e-1d2f3a4b5c6d"))
                .contains(tool.get("id").asString());
    }

    @Test
    void aToolIdThatIsNotInTheFolderGetsANamedStubAndIsReported() {
        LoadReport report = new ConfigLoader(sandbox.client).load(FIXTURES.resolve("get-dump"));

        ObjectNode stub = byName(VapiKind.TOOL, "stub_9c3f2e5a-2d7f-4e83-9d9a-3f4a5b6c7d8e");
        ObjectNode assistant = byName(VapiKind.ASSISTANT, "Booking Desk");
        assertThat(assistant.at("/model/toolIds/1").asString()).isEqualTo(stub.get("id").asString());
        assertThat(report.stubs()).containsExactly("desk-assistant.json: model.toolIds[1] refers to tool "
                + "'9c3f2e5a-2d7f-4e83-9d9a-3f4a5b6c7d8e', which is not in the folder; made stub tool "
                + "'stub 9c3f2e5a-2d7f-4e83-9d9a-3f4a5b6c7d8'");
    }

    @Test
    void gitopsPullsAreWiredBySlugWithTheMarkdownBodyAsSystemPrompt() {
        LoadReport report = new ConfigLoader(sandbox.client).load(FIXTURES.resolve("gitops"));

        ObjectNode assistant = byName(VapiKind.ASSISTANT, "Front Agent");
        ObjectNode tool = byName(VapiKind.TOOL, "lookup_patient");
        assertThat(assistant.at("/model/messages/0/content").asString())
                .isEqualTo("You are the front agent of a small clinic.\nAsk one question at a time.");
        assertThat(assistant.at("/model/toolIds/0").asString()).isEqualTo(tool.get("id").asString());
        assertThat(assistant.get("backgroundSound").asString()).isEqualTo("off");
        assertThat(assistant.at("/hooks/0/on").asString()).isEqualTo("customer.speech.timeout");
        assertThat(report.loaded()).filteredOn(l -> l.file().endsWith(".md")).extracting(LoadReport.Loaded::shape)
                .containsExactly("gitops");
    }

    @Test
    void snakeCaseAssistantIdsBecomeTheApiFieldAndArePatchedOnceTheAssistantExists() {
        new ConfigLoader(sandbox.client).load(FIXTURES.resolve("gitops"));

        ObjectNode output = byName(VapiKind.STRUCTURED_OUTPUT, "visit_outcome");
        ObjectNode assistant = byName(VapiKind.ASSISTANT, "Front Agent");
        assertThat(output.has("assistant_ids")).isFalse();
        assertThat(output.get("assistantIds")).extracting(JsonNode::asString)
                .containsExactly(assistant.get("id").asString());
    }

    @Test
    void squadMembersPointAtTheLoadedAssistantOrAStubAndKeepTheCanvasPosition() {
        LoadReport report = new ConfigLoader(sandbox.client).load(FIXTURES.resolve("gitops"));

        ObjectNode squad = byName(VapiKind.SQUAD, "Clinic Line");
        ObjectNode front = byName(VapiKind.ASSISTANT, "Front Agent");
        ObjectNode nurse = byName(VapiKind.ASSISTANT, "stub nurse-agent-5e6f7a8b");
        assertThat(squad.at("/members/0/assistantId").asString()).isEqualTo(front.get("id").asString());
        assertThat(squad.at("/members/0/assistantOverrides/metadata/position/x").asInt()).isEqualTo(120);
        assertThat(squad.at("/members/1/assistantId").asString()).isEqualTo(nurse.get("id").asString());
        assertThat(report.stubs()).anyMatch(line -> line.startsWith(
                "resources/squads/clinic-line.yml: members[1].assistantId refers to assistant 'nurse-agent-5e6f7a8b'"));
    }

    @Test
    void requestBodiesLoadAsWrittenWithNullsAndUnicodeKept() {
        LoadReport report = new ConfigLoader(sandbox.client).load(FIXTURES.resolve("request-body"));

        ObjectNode intake = byName(VapiKind.ASSISTANT, "Intake");
        ObjectNode transfer = byName(VapiKind.TOOL, "transfer_to_nurse");
        assertThat(report.loaded()).extracting(LoadReport.Loaded::shape).containsOnly("request_body");
        assertThat(intake.get("voicemailMessage").isNull()).isTrue();
        assertThat(intake.get("firstMessage").asString()).isEqualTo("¿Hola? Intake speaking.");
        assertThat(transfer.at("/destinations/0/number").asString()).isEqualTo("+15550100003");
        assertThat(report.skipped()).isEmpty();
    }

    @Test
    void everyFileOfAFolderBecomesExactlyOneObject() {
        LoadReport report = new ConfigLoader(sandbox.client).load(FIXTURES.resolve("gitops"));

        List<String> files = report.loaded().stream().map(LoadReport.Loaded::file).toList();
        assertThat(files).containsExactlyInAnyOrder("resources/assistants/front-agent.md",
                "resources/tools/lookup-tool-1a2b3c4d.yml", "resources/structuredOutputs/visit-outcome.yml",
                "resources/squads/clinic-line.yml");
        assertThat(sandbox.client.list(VapiKind.ASSISTANT)).hasSize(2);
        assertThat(report.loaded()).allSatisfy(loaded -> assertThat(loaded.id()).isNotNull());
    }
}
