package dev.ferry.promote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.FerryException;
import dev.ferry.workspace.Connections;
import dev.ferry.demo.DemoSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A prepared promotion shows what it would change and commits nothing until asked, and only over its HEAD. */
class StagedPromotionIT {
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Path demo() {
        Path repo = folder.resolve("demo");
        DemoSetup.createRepo(Path.of("samples/platform"), repo);
        DemoSetup.fill(repo, Map.of());
        return repo;
    }

    @Test
    void aPreparedPromotionHoldsTheFilesAndTheirHeadVersionsAndCommitsNothing() throws Exception {
        Path repo = demo();

        try (Connections connections = new Connections(repo, Map.of());
                StagedPromotion staged = Promotion.prepare(repo, connections, "uat", "prod", List.of("front-desk"),
                        NOON)) {
            assertThat(staged.branch()).isEqualTo("ferry/promote/front-desk-20261204-1200");
            assertThat(staged.message()).isEqualTo("Promote front-desk from uat towards prod");
            assertThat(new String(staged.files().get("prompts/front-desk.md"), StandardCharsets.UTF_8))
                    .contains("- Keep it short.");
            assertThat(staged.atHead("prompts/front-desk.md")).get()
                    .isEqualTo(Files.readAllBytes(repo.resolve("prompts/front-desk.md")));
            try (Git git = Git.open(repo.toFile())) {
                assertThat(git.branchList().call()).extracting(ref -> ref.getName()).containsExactly("refs/heads/main");
            }
        }
    }

    @Test
    void aCommitAfterHeadMovedIsRefusedSoTheNewerCommitIsNotUndone() throws Exception {
        Path repo = demo();

        try (Connections connections = new Connections(repo, Map.of());
                StagedPromotion staged = Promotion.prepare(repo, connections, "uat", "prod", List.of("front-desk"),
                        NOON)) {
            try (Git git = Git.open(repo.toFile())) {
                git.commit().setAllowEmpty(true).setMessage("Someone else's commit").setSign(false).call();
            }

            assertThatThrownBy(() -> Promotion.commit(repo, staged, null, null))
                    .isInstanceOf(FerryException.class)
                    .hasMessage("HEAD moved since the promotion was prepared; prepare it again");
        }
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.getRepository().exactRef("refs/heads/ferry/promote/front-desk-20261204-1200")).isNull();
        }
    }
}
