package dev.ferry.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.SampleRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Git revision column renders with its own prompts and schemas, read from history. */
class ColumnDiffRevisionIT {
    @TempDir
    Path folder;

    @Test
    void aRevisionColumnRendersItsPromptsAndShowsOnlyWhatChangedSince() throws Exception {
        Path root = SampleRepo.copyInto(folder);
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("v1").setAuthor("T", "t@example.test").setCommitter("T", "t@example.test").call();
        }
        Path desk = root.resolve("assistants/front-desk.yaml");
        Files.writeString(desk, Files.readString(desk).replace("temperature: 0.3", "temperature: 0.5"));

        List<ColumnDiff.Pair> pairs;
        try (Connections connections = new Connections(root, Map.of())) {
            pairs = new ColumnDiff(root, connections).compare(Column.parse("git@HEAD"), Column.parse("git"), "dev",
                    List.of());
        }

        assertThat(pairs).filteredOn(ColumnDiff.Pair::differs).extracting(pair -> pair.key().toString())
                .containsExactly("assistant/front-desk");
    }
}
