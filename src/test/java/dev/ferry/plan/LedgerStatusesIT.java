package dev.ferry.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.render.Target;
import dev.ferry.testing.FerryCli;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiKind;
import dev.ferry.workspace.ColumnState;
import dev.ferry.workspace.Connections;
import dev.ferry.demo.DemoSetup;
import dev.ferry.workspace.MatrixLoader;
import dev.ferry.workspace.ProjectState;
import dev.ferry.workspace.ResourceKey;
import dev.ferry.workspace.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** With a ledger, the matrix tells drifted and conflict from pending. */
class LedgerStatusesIT {
    @TempDir
    Path folder;

    private Path appliedDemo() {
        Path repo = folder.resolve("demo");
        DemoSetup.createRepo(Path.of("samples/platform"), repo);
        DemoSetup.fill(repo, Map.of());
        assertThat(FerryCli.run("-C", repo.toString(), "apply", "--env", "dev", "--approve").exitCode()).isZero();
        return repo;
    }

    private static void editInTheDashboard(Path repo, String name, String firstMessage) {
        try (Connections connections = new Connections(repo, Map.of())) {
            ProjectState project = ProjectState.load(repo);
            VapiClient client = connections.client(project.environment("dev"));
            ObjectNode assistant = client.list(VapiKind.ASSISTANT).stream()
                    .filter(a -> name.equals(a.path("name").asString())).findFirst().orElseThrow();
            client.update(VapiKind.ASSISTANT, assistant.get("id").asString(),
                    assistant.objectNode().put("firstMessage", firstMessage));
        }
    }

    private static Status status(Path repo, boolean withLedger, String key) {
        ProjectState project = ProjectState.load(repo);
        try (Connections connections = new Connections(repo, Map.of());
                MatrixLoader loader = withLedger
                        ? new MatrixLoader(project, connections, new LedgerStatuses(repo, project, connections, Map.of()))
                        : new MatrixLoader(project, connections)) {
            ColumnState dev = loader.read(project.environment("dev"));
            return dev.state(new ResourceKey(Target.ASSISTANT, key)).orElseThrow().status();
        }
    }

    @Test
    void aDashboardEditAfterApplyIsDriftedWhereTheComparisonAloneSaysPending() {
        Path repo = appliedDemo();

        editInTheDashboard(repo, "Larkspur Booking", "Booking here, what can I do?");

        assertThat(status(repo, false, "booking-agent")).isEqualTo(Status.PENDING);
        assertThat(status(repo, true, "booking-agent")).isEqualTo(Status.DRIFTED);
        assertThat(status(repo, true, "billing-agent")).isEqualTo(Status.IN_SYNC);
    }

    @Test
    void anEditInBothGitAndTheDashboardIsAConflict() throws Exception {
        Path repo = appliedDemo();
        Path file = repo.resolve("assistants/booking-agent.yaml");
        Files.writeString(file, Files.readString(file).replace("Let me check the earliest windows.",
                "Let me look at the calendar."));

        editInTheDashboard(repo, "Larkspur Booking", "Booking here, what can I do?");

        assertThat(status(repo, true, "booking-agent")).isEqualTo(Status.CONFLICT);
    }

    @Test
    void onlyAGitEditStaysPending() throws Exception {
        Path repo = appliedDemo();
        Path file = repo.resolve("assistants/booking-agent.yaml");
        Files.writeString(file, Files.readString(file).replace("Let me check the earliest windows.",
                "Let me look at the calendar."));

        assertThat(status(repo, true, "booking-agent")).isEqualTo(Status.PENDING);
    }
}
