package dev.ferry.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing an export with a choice per existing file, as the workbench's export wizard does. */
class ExportPlanChoicesTest {
    private static final String MINE = "# mine\nkind: Tool\n";

    @TempDir
    Path folder;

    private Path repoWithOwnEndCall() throws IOException {
        Path repo = RoundTrip.emptyRepo(folder.resolve("repo"));
        Files.createDirectories(repo.resolve("tools"));
        Files.writeString(repo.resolve("tools/end-call.yaml"), MINE);
        return repo;
    }

    private static ExportPlan endCallPlan() {
        return new Exporter().export(List.of(ExportPlanTest.endCall(null)), RoundTrip.environment("dev"),
                ExportOptions.all());
    }

    @Test
    void aConflictWithoutAChoiceWritesNothing() throws IOException {
        Path repo = repoWithOwnEndCall();

        assertThatThrownBy(() -> endCallPlan().write(repo, Map.of())).isInstanceOf(FerryException.class)
                .hasMessage("no choice for tools/end-call.yaml, which already exists with other content; "
                        + "nothing was written")
                .extracting(e -> ((FerryException) e).exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(Files.readString(repo.resolve("tools/end-call.yaml"))).isEqualTo(MINE);
    }

    @Test
    void keepLeavesTheFileAndReportsItUnchanged() throws IOException {
        Path repo = repoWithOwnEndCall();

        List<FileChange> changes = endCallPlan().write(repo, Map.of("tools/end-call.yaml", ConflictChoice.KEEP));

        assertThat(changes).extracting(FileChange::format)
                .containsExactly("unchanged tools/end-call.yaml (kept as it was)");
        assertThat(Files.readString(repo.resolve("tools/end-call.yaml"))).isEqualTo(MINE);
    }

    @Test
    void besideWritesTheNextFreeSiblingName() throws IOException {
        Path repo = repoWithOwnEndCall();
        Files.writeString(repo.resolve("tools/end-call.yaml.new"), "an earlier export\n");

        List<FileChange> changes = endCallPlan().write(repo, Map.of("tools/end-call.yaml", ConflictChoice.BESIDE));

        assertThat(changes).extracting(FileChange::format)
                .containsExactly("create tools/end-call.yaml.new2 (beside tools/end-call.yaml, which was kept)");
        assertThat(Files.readString(repo.resolve("tools/end-call.yaml"))).isEqualTo(MINE);
        assertThat(Files.readString(repo.resolve("tools/end-call.yaml.new"))).isEqualTo("an earlier export\n");
        assertThat(Files.readString(repo.resolve("tools/end-call.yaml.new2"))).contains("name: end_call");
    }

    @Test
    void overwriteKeepsTheCommentsAsForceDoes() throws IOException {
        Path repo = RoundTrip.emptyRepo(folder.resolve("repo"));
        endCallPlan().write(repo, false);
        Path file = repo.resolve("tools/end-call.yaml");
        Files.writeString(file, "# compliance approved\n" + Files.readString(file).replace("End the call.", "Bye."));

        endCallPlan().write(repo, Map.of("tools/end-call.yaml", ConflictChoice.OVERWRITE));

        assertThat(Files.readString(file)).startsWith("# compliance approved\n").contains("End the call.");
    }

    @Test
    void overwriteKeepsTheDescriptionAndLabelsAnOrgNeverReturns() throws IOException {
        Path repo = RoundTrip.emptyRepo(folder.resolve("repo"));
        endCallPlan().write(repo, false);
        Path file = repo.resolve("tools/end-call.yaml");
        Files.writeString(file, Files.readString(file).replace("End the call.", "Bye.").replace(
                "  name: end-call\n", "  name: end-call\n  description: Hangs up politely.\n  labels:\n    team: voice\n"));

        endCallPlan().write(repo, Map.of("tools/end-call.yaml", ConflictChoice.OVERWRITE));

        assertThat(Files.readString(file)).contains("End the call.", "description: Hangs up politely.",
                "team: voice");
    }

    @Test
    void aFileThatDiffersOnlyInItsDescriptionIsUnchanged() throws IOException {
        Path repo = RoundTrip.emptyRepo(folder.resolve("repo"));
        endCallPlan().write(repo, false);
        Path file = repo.resolve("tools/end-call.yaml");
        Files.writeString(file, Files.readString(file).replace("  name: end-call\n",
                "  name: end-call\n  description: Hangs up politely.\n"));
        String before = Files.readString(file);

        List<FileChange> changes = endCallPlan().write(repo, false);

        assertThat(changes).extracting(FileChange::format).containsExactly("unchanged tools/end-call.yaml");
        assertThat(Files.readString(file)).isEqualTo(before);
    }
}
