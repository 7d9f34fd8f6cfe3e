package dev.ferry.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.SampleRepo;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as uncommitted configuration, and which revisions hold the same configuration. */
class GitRepositoryStateIT {
    @TempDir
    Path root;

    private Git git;

    @BeforeEach
    void init() throws Exception {
        git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
        SampleRepo.write(root, "environments.yaml", "apiVersion: v1\n");
        SampleRepo.write(root, "assistants/a.yaml", "kind: Assistant\n");
        SampleRepo.write(root, "state/dev.json", "{}\n");
        commit("first");
    }

    private String commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor("T", "t@example.test").setCommitter("T", "t@example.test")
                .call().getName();
    }

    private boolean dirty() {
        try (GitRepository repository = GitRepository.find(root).orElseThrow()) {
            return repository.isDirty();
        }
    }

    @Test
    void ledgersSavedPlansAndFerrysFolderDoNotMakeTheTreeDirty() {
        SampleRepo.write(root, "state/dev.json", "{\"changed\": true}\n");
        SampleRepo.write(root, "uat.plan.json", "{}\n");
        SampleRepo.write(root, ".ferry/runs/x/run.json", "{}\n");

        assertThat(dirty()).isFalse();
    }

    @Test
    void aChangedOrNewResourceFileMakesTheTreeDirty() {
        SampleRepo.write(root, "assistants/new.yaml", "kind: Assistant\n");

        assertThat(dirty()).isTrue();
    }

    @Test
    void aChangedTrackedFileMakesTheTreeDirty() {
        SampleRepo.write(root, "assistants/a.yaml", "kind: Assistant\nspec: {}\n");

        assertThat(dirty()).isTrue();
    }

    @Test
    void revisionsThatDifferOnlyInTheirLedgersHoldTheSameConfig() throws Exception {
        String first = git.log().call().iterator().next().getName();
        SampleRepo.write(root, "state/dev.json", "{\"applied\": 1}\n");
        String ledgerOnly = commit("ledger");
        SampleRepo.write(root, "assistants/a.yaml", "kind: Assistant\nspec: {}\n");
        String changed = commit("config");

        try (GitRepository repository = GitRepository.find(root).orElseThrow()) {
            assertThat(repository.sameConfig(first, ledgerOnly)).isTrue();
            assertThat(repository.sameConfig(ledgerOnly, changed)).isFalse();
        }
    }
}
