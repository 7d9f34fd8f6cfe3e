package dev.ferry.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.sandbox.FaultSpec;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.SandboxRepo;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** Apply against the sandbox: a whole repo into an empty org, then changes that must go through safely. */
class ApplyIT {
    @TempDir
    Path folder;

    private SandboxRepo repo;

    @BeforeEach
    void start() {
        repo = SandboxRepo.start(folder, FaultSpec.NONE);
    }

    @AfterEach
    void stop() {
        repo.close();
    }

    private FerryCli.Result applyDev(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("apply", "--env", "dev", "--approve"));
        args.addAll(List.of(more));
        return repo.ferry(args.toArray(String[]::new));
    }

    @Test
    void theSampleAppliedToAnEmptyOrgLeavesNothingToPlanAndRecordsEveryObject() throws Exception {
        FerryCli.Result applied = applyDev();

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.errLines()).last().asString().startsWith("Applied to dev: 19 to create");
        FerryCli.Result plan = repo.ferry("plan", "--env", "dev", "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.out()).isZero();
        assertThat(plan.outLines()).last().isEqualTo("Plan: 0 to create, 0 to update, 0 to replace, 0 to delete, "
                + "19 unchanged.");
        assertThat(repo.names("dev", VapiKind.TOOL)).hasSize(8).allSatisfy((name, count) -> assertThat(count)
                .isEqualTo(1));
        assertThat(Files.readString(repo.root().resolve("state/dev.json"))).contains("\"tool/end-call\"");
    }

    @Test
    void aTemperatureChangeSendsTheWholeModelAndKeepsThePromptAndTools() {
        applyDev();
        ObjectNode before = repo.find("dev", VapiKind.ASSISTANT, "Larkspur Front Desk");
        repo.edit("assistants/front-desk.yaml", "temperature: 0.3", "temperature: 0.7");

        FerryCli.Result plan = repo.ferry("plan", "--env", "dev");
        FerryCli.Result applied = applyDev();

        assertThat(plan.outLines()).contains("      model.temperature 0.3 → 0.7");
        assertThat(plan.outLines()).filteredOn(line -> line.startsWith("  ~ update")).hasSize(1);
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        ObjectNode after = repo.find("dev", VapiKind.ASSISTANT, "Larkspur Front Desk");
        assertThat(after.at("/model/temperature").asDouble()).isEqualTo(0.7);
        assertThat(after.at("/model/messages")).isEqualTo(before.at("/model/messages"));
        assertThat(after.at("/model/toolIds")).isEqualTo(before.at("/model/toolIds"));
        assertThat(repo.ferry("plan", "--env", "dev", "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void anIgnoredFieldAndASquadMembersCanvasPositionSetInTheDashboardSurviveAnApplyOfTheirField() {
        applyDev();
        VapiClient dashboard = repo.client("dev");
        ObjectNode desk = repo.find("dev", VapiKind.ASSISTANT, "Larkspur Front Desk");
        ObjectNode voice = (ObjectNode) desk.get("voice").deepCopy();
        voice.putObject("chunkPlan").put("enabled", false).put("minCharacters", 30);
        dashboard.update(VapiKind.ASSISTANT, desk.get("id").asString(), voice.objectNode().set("voice", voice));
        ObjectNode squad = repo.find("dev", VapiKind.SQUAD, "Larkspur Support Line");
        ObjectNode members = squad.objectNode();
        members.set("members", squad.get("members").deepCopy());
        ((ObjectNode) members.at("/members/0")).putObject("assistantOverrides").putObject("metadata")
                .putObject("position").put("x", 10).put("y", 20);
        ((ObjectNode) members.at("/members/2/assistantOverrides/metadata/position")).put("x", 999);
        dashboard.update(VapiKind.SQUAD, squad.get("id").asString(), members);
        repo.edit("assistants/front-desk.yaml", "voiceId: ${params.voice}", "voiceId: Kylie");
        repo.edit("squads/support-line.yaml", "The caller has another question after booking.",
                "The caller has one more question after booking.");

        FerryCli.Result applied = applyDev();

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("assistant/front-desk").contains("squad/support-line");
        ObjectNode deskAfter = repo.find("dev", VapiKind.ASSISTANT, "Larkspur Front Desk");
        assertThat(deskAfter.at("/voice/voiceId").asString()).isEqualTo("Kylie");
        assertThat(deskAfter.at("/voice/chunkPlan/minCharacters").asInt()).isEqualTo(30);
        ObjectNode squadAfter = repo.find("dev", VapiKind.SQUAD, "Larkspur Support Line");
        assertThat(squadAfter.at("/members/1/assistantDestinations/0/description").asString())
                .isEqualTo("The caller has one more question after booking.");
        assertThat(squadAfter.at("/members/0/assistantOverrides/metadata/position/x").asInt()).isEqualTo(10);
        assertThat(squadAfter.at("/members/2/assistantOverrides/metadata/position/x").asInt()).isEqualTo(999);
        FerryCli.Result after = repo.ferry("plan", "--env", "dev", "--detailed-exitcode");
        assertThat(after.exitCode()).as(after.out() + after.err()).isZero();
    }

    @Test
    void aFieldClearedWithNullStaysClearedWhenAnotherFieldChangesAndAFieldLeftOutIsUnmanaged() {
        applyDev();
        repo.edit("assistants/front-desk.yaml", "endCallMessage: Thanks for calling Larkspur. Have a good day.",
                "endCallMessage: Goodbye from Larkspur.");
        repo.edit("assistants/front-desk.yaml", "  maxDurationSeconds: 900\n", "");

        FerryCli.Result plan = repo.ferry("plan", "--env", "dev");
        FerryCli.Result applied = applyDev();

        assertThat(plan.out()).as(plan.err()).contains("endCallMessage").doesNotContain("maxDurationSeconds")
                .doesNotContain("voicemailMessage");
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        ObjectNode desk = repo.find("dev", VapiKind.ASSISTANT, "Larkspur Front Desk");
        assertThat(desk.get("voicemailMessage").isNull()).isTrue();
        assertThat(desk.get("maxDurationSeconds").asInt()).isEqualTo(900);
        assertThat(desk.get("endCallMessage").asString()).isEqualTo("Goodbye from Larkspur.");
    }

    @Test
    void assistantsCarryFerrysLabelsBesideTheUsersOwnMetadata() {
        applyDev();

        ObjectNode desk = repo.find("dev", VapiKind.ASSISTANT, "Larkspur Front Desk");

        assertThat(desk.at("/metadata/ferry/env").asString()).isEqualTo("dev");
        assertThat(desk.at("/metadata/ferry/app").asString()).isEqualTo("larkspur");
        assertThat(desk.at("/metadata/ferry/owner").asString()).isEqualTo("fde-robin");
        assertThat(desk.at("/metadata/ferry/managed-by").asString()).isEqualTo("ferry");
    }

    @Test
    void aToolWhoseTypeChangedIsReplacedAndEveryAssistantPointsAtTheNewOne() {
        applyDev();
        String old = repo.find("dev", VapiKind.TOOL, "end_call").get("id").asString();
        repo.edit("tools/end-call.yaml", "  type: endCall\n", "  type: function\n");

        FerryCli.Result plan = repo.ferry("plan", "--env", "dev");
        FerryCli.Result applied = applyDev();

        assertThat(plan.out()).contains("  ± replace  ~ tool/end-call").contains("type endCall → function")
                .contains("model: points at the new tool 'end-call'");
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        ObjectNode tool = repo.find("dev", VapiKind.TOOL, "end_call");
        assertThat(tool.get("type").asString()).isEqualTo("function");
        assertThat(repo.names("dev", VapiKind.TOOL)).containsEntry("end_call", 1);
        assertThat(repo.find("dev", VapiKind.ASSISTANT, "Larkspur Billing").at("/model/toolIds").toString())
                .contains(tool.get("id").asString()).doesNotContain(old);
        assertThat(repo.ferry("plan", "--env", "dev", "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void aChangedKnowledgeDocumentIsUploadedAnewAndTheOldOneRemovedOnceNothingUsesIt() throws Exception {
        applyDev();
        String old = repo.find("dev", VapiKind.FILE, "service-faqs-pricing.md").get("id").asString();
        Files.writeString(repo.root().resolve("knowledge/service-faqs/pricing.md"), "Call-out fee: 95.\n");

        FerryCli.Result applied = applyDev();

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("  ± replace  ~ file/service-faqs/pricing.md");
        String fresh = repo.find("dev", VapiKind.FILE, "service-faqs-pricing.md").get("id").asString();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(repo.names("dev", VapiKind.FILE)).hasSize(2);
        assertThat(repo.find("dev", VapiKind.TOOL, "kb_service_faqs").at("/knowledgeBases/0/fileIds").toString())
                .contains(fresh).doesNotContain(old);
        assertThat(repo.ferry("plan", "--env", "dev", "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void onlyTheMetadataKeysGitSetsAreManagedAndTheDashboardsOwnKeysStay() {
        repo.edit("assistants/billing-agent.yaml", "  maxDurationSeconds: 900", "  maxDurationSeconds: 900\n"
                + "  metadata: {team: billing}");
        applyDev();
        ObjectNode billing = repo.find("dev", VapiKind.ASSISTANT, "Larkspur Billing");
        ObjectNode metadata = (ObjectNode) billing.get("metadata").deepCopy();
        metadata.put("dashboardNote", "added by hand");
        repo.client("dev").update(VapiKind.ASSISTANT, billing.get("id").asString(),
                metadata.objectNode().set("metadata", metadata));

        FerryCli.Result quiet = repo.ferry("plan", "--env", "dev", "--detailed-exitcode");
        repo.edit("assistants/billing-agent.yaml", "metadata: {team: billing}", "metadata: {team: payments}");
        FerryCli.Result applied = applyDev();

        assertThat(quiet.exitCode()).as(quiet.out()).isZero();
        assertThat(applied.out()).contains("metadata.team \"billing\" → \"payments\"");
        ObjectNode after = repo.find("dev", VapiKind.ASSISTANT, "Larkspur Billing");
        assertThat(after.at("/metadata/team").asString()).isEqualTo("payments");
        assertThat(after.at("/metadata/dashboardNote").asString()).isEqualTo("added by hand");
        assertThat(after.at("/metadata/ferry/managed-by").asString()).isEqualTo("ferry");
        FerryCli.Result drift = repo.ferry("drift", "--env", "dev");
        assertThat(drift.exitCode()).as(drift.out()).isZero();
    }
}
