package dev.ferry.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.ferry.plan.ActionType;
import dev.ferry.testing.SandboxRepo;
import dev.ferry.vapi.VapiKind;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.ProjectState;
import dev.ferry.workspace.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** P opens an environment's plan with its checklist; a applies it after the name is typed, live, guarded. */
class PlanScreenIT {
    private static final String EDITED = "Larkspur Home Services, this is the front desk. How can I help?";

    @TempDir
    Path folder;

    @TempDir
    Path home;

    /** The sample's secrets for every environment, as a developer's shell would hold them. */
    private static Map<String, String> secrets() {
        Map<String, String> env = new HashMap<>(SandboxRepo.SECRETS);
        SandboxRepo.SECRETS.forEach((name, value) -> env.put(name.replaceFirst("^DEV_", "PROD_"), value));
        return env;
    }

    private static PlanView openPlan(Harness harness, String environment) {
        harness.select("front-desk", environment).type("P");
        PlanView plan = (PlanView) harness.app.router.top();
        harness.until(() -> plan.plan() != null, "the plan for " + environment);
        return plan;
    }

    private static RunView applyTyping(Harness harness, String typed) {
        harness.type("a").type(typed).press(KeyType.Enter);
        RunView run = (RunView) harness.app.router.top();
        harness.until(run::isFinished, "the apply");
        return run;
    }

    @Test
    void thePlanListsTheDashboardEditAsAnUpdateWithItsFieldPath() {
        SampleWorkspace workspace = SampleWorkspace.in(folder).devWithDrift();

        try (Harness harness = Harness.start(120, 40, Harness.options(workspace.root, home, secrets())).loaded()) {
            PlanView plan = openPlan(harness, "dev");

            assertThat(harness.screen.line(1)).contains("plan for dev");
            assertThat(harness.text()).contains("~ update   assistant/front-desk", "assistants/front-desk.yaml",
                    "firstMessage", "Plan: 0 to create, 2 to update", "17 unchanged");
            assertThat(harness.text()).as("unchanged resources are counted, not listed").doesNotContain("no-op");
            assertThat(harness.text()).doesNotContain("Promotion checklist");
            assertThat(plan.lines()).anySatisfy(line -> assertThat(line.text()).contains("a applies these changes"));
        }
    }

    @Test
    void aProtectedEnvironmentShowsItsChecklistWithTheFailingItemsNamedAndSpaceTicksThem() {
        SampleWorkspace workspace = SampleWorkspace.in(folder).devWithDrift();

        try (Harness harness = Harness.start(120, 60, Harness.options(workspace.root, home, secrets())).loaded()) {
            PlanView plan = openPlan(harness, "prod");

            assertThat(harness.text()).contains("Promotion checklist", "[protected]",
                    "[ ] failing        plan shows only expected changes: review the plan, then confirm with "
                            + "--confirm expected-changes",
                    "failing        ticket and approvers recorded: give --ticket and --approved-by",
                    "[ ] failing        monitoring confirmed: confirm with --confirm monitoring",
                    "ok             config validated");

            plan.moveTo(plan.lineOf("monitoring confirmed"));
            harness.type(" ");

            assertThat(harness.text()).contains("[x] ok             monitoring confirmed: confirmed");
            assertThat(plan.approvals().confirmations()).containsExactly("monitoring");

            harness.type("T").type("CHG-42").press(KeyType.Enter).type("Ada, Grace").press(KeyType.Enter);

            assertThat(harness.text()).contains("ok             ticket and approvers recorded: ticket CHG-42, "
                    + "approved by Ada, Grace");
        }
    }

    @Test
    void anUnmetChecklistRefusesTheApplyWithTheRuleAndTheFailingItemsNamed() {
        SampleWorkspace workspace = SampleWorkspace.in(folder).devWithDrift();
        Map<String, String> fromCi = secrets();
        fromCi.put("CI", "true");

        try (Harness harness = Harness.start(120, 40, Harness.options(workspace.root, home, fromCi)).loaded()) {
            PlanView plan = openPlan(harness, "prod");
            plan.moveTo(plan.lineOf("monitoring confirmed"));
            harness.type(" ");

            RunView run = applyTyping(harness, "prod");

            assertThat(harness.text()).contains("refused: prod is protected and its promotion checklist is not met "
                    + "[checklist]:", "plan shows only expected changes: review the plan, then confirm with --confirm "
                    + "expected-changes", "ticket and approvers recorded: give --ticket and --approved-by")
                    .doesNotContain("confirm with --confirm monitoring");
            assertThat(run.runId()).isNull();
            harness.type("q").type("r");
            PlanView again = (PlanView) harness.app.router.top();
            harness.until(() -> again.plan() != null, "the plan made again");
            assertThat(again.plan().counts().get(ActionType.CREATE)).isEqualTo(19);
            assertThat(again.approvals().confirmations()).containsExactly("monitoring");
        }
    }

    @Test
    void applyingFromThePlanViewShowsTheAuditLinesAndConverges() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.in(folder).devWithDrift();

        try (Harness harness = Harness.start(120, 40, Harness.options(workspace.root, home, secrets())).loaded()) {
            openPlan(harness, "dev");
            harness.type("a");
            assertThat(harness.screen.line(harness.screen.rows() - 1))
                    .contains("type dev to apply 2 change(s) to dev:");
            harness.press(KeyType.Escape);

            RunView run = applyTyping(harness, "dev");

            assertThat(run.runId()).isNotNull();
            assertThat(harness.text()).contains("2 of 2 change(s) done", "applied (run " + run.runId() + ")");
            assertThat(run.lines()).anySatisfy(line -> assertThat(line.text()).matches(
                    "  \\d\\d:\\d\\d:\\d\\d  PATCH /assistant/[0-9a-f-]+  200  \\d+ ms"));
            assertThat(run.lines()).anySatisfy(line -> assertThat(line.text())
                    .contains("updated assistant/front-desk"));
            assertThat(String.join("\n", run.lines().stream().map(TextPage.Line::text).toList()))
                    .doesNotContain(SandboxRepo.SECRETS.values().toArray(String[]::new));
            assertThat(Files.readString(workspace.root.resolve(".ferry/runs/" + run.runId() + "/audit.jsonl")))
                    .contains("\"method\":\"PATCH\"");

            harness.until(() -> harness.app.model.column("dev").flatMap(column -> column.resources().values().stream()
                    .filter(state -> state.key().equals("front-desk")).findFirst())
                    .map(state -> state.status() == Status.IN_SYNC).orElse(false), "the matrix refreshed");
            harness.type("q").type("q");
            PlanView second = openPlan(harness, "dev");

            assertThat(second.plan().hasChanges()).isFalse();
            assertThat(harness.text()).contains("Nothing to change in dev.");
        }
    }

    @Test
    void aReadOnlyEnvironmentIsRefusedWithTheRuleNamedAndNothingWritten() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.in(folder).devWithDrift();
        Path environments = workspace.root.resolve("environments.yaml");
        Files.writeString(environments, Files.readString(environments).replace("access: write", "access: read"));

        try (Harness harness = Harness.start(120, 40, Harness.options(workspace.root, home, secrets())).loaded()) {
            openPlan(harness, "dev");

            RunView run = applyTyping(harness, "dev");

            assertThat(harness.text()).contains("refused: dev: access is read (environments.yaml); Ferry does not "
                    + "write this environment [access]", "0 of 2 change(s) done");
            assertThat(run.runId()).isNull();
        }
        assertThat(workspace.root.resolve(".ferry/runs")).doesNotExist();
        ProjectState project = ProjectState.load(workspace.root);
        try (Connections connections = new Connections(workspace.root, Map.of())) {
            assertThat(SampleWorkspace.find(connections.client(project.environment("dev")), VapiKind.ASSISTANT,
                    "Larkspur Front Desk").get("firstMessage").asString()).isEqualTo(EDITED);
        }
    }
}
