package dev.ferry.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import dev.ferry.workspace.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class PlanFileTest {
    @TempDir
    Path folder;

    static Plan plan() {
        ObjectNode payload = (ObjectNode) JsonMapper.builder().build().readTree("""
                {"type": "function", "function": {"name": "lookup"},
                 "server": {"headers": {"Authorization": "Bearer ${secrets://jira/token}"}}}
                """);
        PlanAction update = new PlanAction(ActionType.UPDATE, Target.TOOL, "lookup", Kind.TOOL, "lookup",
                "tools/lookup.yaml", "lookup", "t-1", payload, List.of("function", "server", "type"),
                List.of("server"), List.of("server.headers.Authorization: (sensitive value changed)"), List.of(),
                Map.of("Bearer ${secrets://jira/token}", "f00d"), "h1", Map.of("server", "h2"), "v1", Status.PENDING,
                null);
        PlanAction delete = new PlanAction(ActionType.DELETE, Target.ASSISTANT, "old", null, "old", null, "Old",
                "a-9", null, List.of("name"), List.of(), List.of(), List.of(), Map.of(), "h3", Map.of(), null,
                Status.PENDING, "no longer in Git");
        return new Plan("dev", "acme-dev", "org-1", "3d7fad4c", false, null, "2026-06-01T10:00:00Z", true, List.of(),
                List.of(update, delete), Map.of("tool/lookup", "t-1"), Map.of("tool/t-1", "h1"),
                List.of(new Plan.Unmanaged(Target.TOOL, "t-7", "legacy-ivr", true)), List.of("a warning"));
    }

    @Test
    void aSavedPlanReadsBackAsTheSamePlan() {
        Path file = folder.resolve("plan.json");

        PlanFile.write(plan(), file);

        assertThat(PlanFile.read(file)).usingRecursiveComparison().isEqualTo(plan());
    }

    @Test
    void theFileKeepsSecretReferencesNeverValues() throws Exception {
        Path file = folder.resolve("plan.json");

        PlanFile.write(plan(), file);

        assertThat(Files.readString(file)).contains("Bearer ${secrets://jira/token}").contains("\"ferryPlan\" : 1");
    }

    @Test
    void aFileThatIsNotJsonOrNotAPlanIsAUsageError() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"ferryPlan\": 1,\n \"environment\": ");
        Path other = Files.writeString(folder.resolve("other.json"), "{\"tools\": []}");

        assertThatThrownBy(() -> PlanFile.read(broken)).isInstanceOf(FerryException.class)
                .hasMessage(broken + " is not a Ferry plan file (invalid JSON at line 2); make one with "
                        + "ferry plan --out")
                .extracting(e -> ((FerryException) e).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThatThrownBy(() -> PlanFile.read(other))
                .hasMessage(other + " is not a Ferry plan file (format 1 expected); make one with ferry plan --out");
        assertThatThrownBy(() -> PlanFile.read(folder.resolve("missing.json")))
                .hasMessage("plan file " + folder.resolve("missing.json") + " does not exist");
    }

    @Test
    void thePlanTextNamesEveryChangeAndTheTotals() {
        assertThat(PlanText.lines(plan(), false)).containsExactly(
                "Plan for dev (org acme-dev org-1) at 3d7fad4c:",
                "  ~ update   ~ tool/lookup                              tools/lookup.yaml",
                "      server.headers.Authorization: (sensitive value changed)",
                "  - delete   ~ assistant/old                            ",
                "      (no longer in Git)",
                "  warning: a warning",
                "Plan: 0 to create, 1 to update, 0 to replace, 1 to delete, 0 unchanged.");
    }
}
