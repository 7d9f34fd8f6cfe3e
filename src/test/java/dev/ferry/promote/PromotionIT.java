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
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A promotion commits a new branch with the environment's version and leaves the work tree alone. */
class PromotionIT {
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private static Path repo;

    @BeforeAll
    static void makeDemo() {
        repo = folder.resolve("demo");
        DemoSetup.createRepo(Path.of("samples/platform"), repo);
        DemoSetup.fill(repo, Map.of());
    }

    private static String fileAt(Git git, String branch, String path) throws Exception {
        ObjectId commit = git.getRepository().resolve(branch);
        try (RevWalk walk = new RevWalk(git.getRepository());
                TreeWalk tree = TreeWalk.forPath(git.getRepository(), path, walk.parseCommit(commit).getTree())) {
            return new String(git.getRepository().open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDashboardEditOfUatLandsOnANewBranchAndNowhereElse() throws Exception {
        String before = Files.readString(repo.resolve("prompts/front-desk.md"));
        String head;
        try (Git git = Git.open(repo.toFile())) {
            head = git.getRepository().resolve("HEAD").getName();
        }

        Promotion.Result result;
        try (Connections connections = new Connections(repo, Map.of())) {
            result = Promotion.stage(repo, connections, "uat", "prod", List.of("front-desk"), null, null, NOON);
        }

        assertThat(result.branch()).isEqualTo("ferry/promote/front-desk-20261204-1200");
        assertThat(result.files()).contains("assistants/front-desk.yaml", "prompts/front-desk.md");
        try (Git git = Git.open(repo.toFile())) {
            assertThat(fileAt(git, result.branch(), "prompts/front-desk.md")).contains("- Keep it short.");
            assertThat(git.status().call().isClean()).isTrue();
            assertThat(git.getRepository().getBranch()).isEqualTo("main");
            assertThat(git.getRepository().resolve("HEAD").getName()).isEqualTo(head);
        }
        assertThat(Files.readString(repo.resolve("prompts/front-desk.md"))).isEqualTo(before);
    }

    @Test
    void anAssistantKeepsItsHttpOperationsAndKnowledgeBaseInTheirDocuments() throws Exception {
        Promotion.Result result;
        try (Connections connections = new Connections(repo, Map.of())) {
            result = Promotion.stage(repo, connections, "uat", "prod", List.of("front-desk"),
                    "ferry/promote/sugar", null, NOON);
        }

        assertThat(result.files()).noneMatch(path -> path.startsWith("tools/crm-") || path.startsWith("tools/kb-"));
        try (Git git = Git.open(repo.toFile())) {
            assertThat(fileAt(git, result.branch(), "assistants/front-desk.yaml")).contains("""
                      tools:
                        - ref: crm
                          operations:
                            - lookup-customer
                    """).contains("""
                      knowledge:
                        - ref: service-faqs
                    """);
        }
    }

    @Test
    void promotingWhatGitAlreadySaysIsRefusedWithoutACommit() throws Exception {
        try (Connections connections = new Connections(repo, Map.of())) {
            assertThatThrownBy(() -> Promotion.stage(repo, connections, "dev", "uat", List.of("end-call"),
                    "ferry/promote/nothing", null, NOON))
                    .isInstanceOf(FerryException.class)
                    .hasMessage("nothing to promote: Git already says what dev has for end-call");
        }
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.getRepository().exactRef("refs/heads/ferry/promote/nothing")).isNull();
        }
    }

    @Test
    void aPromotedToolKeepsItsSecretReferenceAndItsDescription() throws Exception {
        Promotion.Result result;
        try (Connections connections = new Connections(repo, Map.of())) {
            result = Promotion.stage(repo, connections, "uat", "prod", List.of("book-appointment"),
                    "ferry/promote/booking-timeout", null, NOON);
        }

        try (Git git = Git.open(repo.toFile())) {
            String tool = fileAt(git, result.branch(), "tools/book-appointment.yaml");
            assertThat(tool).contains("timeoutSeconds: 45", "Authorization: ${secrets://scheduler/token}",
                    "description: Books a visit in the scheduling system.");
        }
    }
}
