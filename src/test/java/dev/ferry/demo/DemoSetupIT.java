package dev.ferry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.git.GitRepository;
import dev.ferry.ledger.LedgerStore;
import dev.ferry.plan.LedgerStatuses;
import dev.ferry.render.Target;
import dev.ferry.workspace.ColumnState;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.MatrixLoader;
import dev.ferry.workspace.ProjectState;
import dev.ferry.workspace.ResourceKey;
import dev.ferry.workspace.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSetupIT {
    @TempDir
    static Path folder;

    private static Path repo;
    private static List<String> report;

    @BeforeAll
    static void makeDemo() {
        repo = folder.resolve("demo");
        DemoSetup.createRepo(Path.of("samples/platform"), repo);
        report = DemoSetup.fill(repo, Map.of());
    }

    private static final Map<String, ColumnState> COLUMNS = new java.util.HashMap<>();

    private static Status status(String environment, Target target, String key) {
        ColumnState column = COLUMNS.computeIfAbsent(environment, name -> {
            ProjectState project = ProjectState.load(repo);
            try (Connections connections = new Connections(repo, Map.of());
                    MatrixLoader loader = new MatrixLoader(project, connections,
                            new LedgerStatuses(repo, project, connections, Map.of()))) {
                return loader.read(project.environment(name));
            }
        });
        return column.state(new ResourceKey(target, key)).orElseThrow().status();
    }

    @Test
    void theDemoRepoIsACommittedCopyOfTheSampleInSteps() {
        List<String> history = DemoHistory.revisions(repo);
        try (GitRepository git = GitRepository.find(repo).orElseThrow()) {
            assertThat(git.prefix()).isEmpty();
            assertThat(git.head()).contains(history.get(3));
            assertThat(git.sameConfig(history.get(2), history.get(3))).as("the last commit only records state/")
                    .isTrue();
        }
        assertThat(history).hasSize(4);
        assertThat(report).hasSize(6);
    }

    @Test
    void eachEnvironmentStandsOneCommitBehindTheOneBeforeIt() {
        List<String> history = DemoHistory.revisions(repo);

        assertThat(LedgerStore.open(repo, "dev").snapshot().lastApplied().orElseThrow().sha()).isEqualTo(history.get(2));
        assertThat(LedgerStore.open(repo, "uat").snapshot().lastApplied().orElseThrow().sha()).isEqualTo(history.get(1));
        assertThat(LedgerStore.open(repo, "prod").snapshot().lastApplied().orElseThrow().sha())
                .isEqualTo(history.get(0));
        assertThat(repo.resolve(".ferry/runs")).isDirectoryContaining(path -> path.getFileName().toString()
                .contains("prod"));
    }

    @Test
    void devIsInSyncWithGit() {
        status("dev", Target.ASSISTANT, "front-desk");

        ColumnState dev = COLUMNS.get("dev");
        assertThat(dev.phase()).isEqualTo(ColumnState.Phase.READY);
        assertThat(dev.states()).allSatisfy(state -> assertThat(state.status()).isEqualTo(Status.IN_SYNC));
    }

    @Test
    void uatHasDashboardEditsOneInConflictWithGitAndAHandMadeAssistant() {
        // Git gave the front desk longer answers after uat's commit, and the dashboard edited its prompt.
        assertThat(status("uat", Target.ASSISTANT, "front-desk")).isEqualTo(Status.CONFLICT);
        assertThat(status("uat", Target.TOOL, "book-appointment")).isEqualTo(Status.DRIFTED);
        assertThat(status("uat", Target.ASSISTANT, "holiday-promo-line")).isEqualTo(Status.UNMANAGED);
        assertThat(status("uat", Target.ASSISTANT, "booking-agent")).isEqualTo(Status.IN_SYNC);
    }

    @Test
    void devReadsItsMadeUpSecretsFromAGitignoredFileSoApplyAndDriftWork() throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(repo.toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
            assertThat(git.status().call().getIgnoredNotInIndex()).contains("secrets");
        }

        dev.ferry.testing.FerryCli.Result apply = dev.ferry.testing.FerryCli.run("-C", repo.toString(), "apply",
                "--env", "dev", "--approve");
        dev.ferry.testing.FerryCli.Result drift = dev.ferry.testing.FerryCli.run("-C", repo.toString(), "drift",
                "--env", "dev");

        assertThat(apply.exitCode()).as(apply.err()).isZero();
        assertThat(drift.exitCode()).as(drift.out()).isZero();
        assertThat(apply.out() + apply.err() + drift.out()).doesNotContain("demo-dev-crm-key", "demo-dev-signing-key");
    }

    @Test
    void appliedSecretsReadAsTheirReferencesAndNeverAsValues() {
        status("dev", Target.ASSISTANT, "front-desk");

        ColumnState dev = COLUMNS.get("dev");
        assertThat(dev.state(new ResourceKey(Target.ASSISTANT, "front-desk")).orElseThrow().live().orElseThrow()
                .tree().at("/server/headers/X-Larkspur-Signature").asString())
                .isEqualTo("${secrets://webhooks/signing-key}");
        assertThat(dev.states().toString()).doesNotContain("demo-dev-");
    }

    @Test
    void prodLacksTheNewestAssistantAndKeepsALegacyOne() {
        assertThat(status("prod", Target.ASSISTANT, DemoSetup.NEWEST_ASSISTANT)).isEqualTo(Status.MISSING);
        assertThat(status("prod", Target.ASSISTANT, "front-desk")).isEqualTo(Status.PENDING);
        assertThat(status("prod", Target.ASSISTANT, "booking-agent")).isEqualTo(Status.IN_SYNC);
        assertThat(status("prod", Target.ASSISTANT, "legacy-ivr-greeter")).isEqualTo(Status.UNMANAGED);
    }
}
