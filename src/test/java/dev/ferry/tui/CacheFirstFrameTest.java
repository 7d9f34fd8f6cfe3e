package dev.ferry.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.canonical.CanonicalResource;
import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import dev.ferry.testing.SampleRepo;
import dev.ferry.workspace.ColumnState;
import dev.ferry.workspace.MatrixCache;
import dev.ferry.workspace.ResourceState;
import dev.ferry.workspace.Status;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The first frame comes from the cache, at once and marked stale, before any org is asked. */
class CacheFirstFrameTest {
    @TempDir
    Path folder;

    @TempDir
    Path home;

    @Test
    void theFirstFrameIsDrawnFromTheCacheAndMarkedStale() {
        Path root = SampleRepo.copyInto(folder);
        MatrixCache cache = new MatrixCache(root);
        Instant read = Harness.NOW.minusSeconds(180);
        cache.save(ColumnState.ready("dev", List.of(
                state("front-desk", "Larkspur Front Desk", "Larkspur Front Desk (edited)", Status.PENDING),
                state("billing-agent", "Larkspur Billing", "Larkspur Billing", Status.IN_SYNC)), read, false));

        try (Harness harness = Harness.start(120, 40, Harness.options(root, home, Map.of()).withoutLiveData())) {
            VirtualScreen screen = harness.screen;

            int header = screen.rowOf("Resource");
            assertThat(screen.line(header)).contains("git", "dev", "uat", "prod");
            assertThat(screen.line(header + 3)).contains("stale, read 3m ago");
            assertThat(screen.line(screen.rowOf("front-desk")).replaceAll("[│ ]+", " ").trim())
                    .isEqualTo("front-desk … ~ … …");
            assertThat(screen.line(screen.rowOf("billing-agent")).replaceAll("[│ ]+", " ").trim())
                    .isEqualTo("billing-agent … = … …");
        }
    }

    @Test
    void theTreesFollowTheFirstFrameSoTheDetailOfACachedCellShowsThem() {
        Path root = SampleRepo.copyInto(folder);
        new MatrixCache(root).save(ColumnState.ready("dev", List.of(
                state("front-desk", "Larkspur Front Desk", "Larkspur Front Desk (edited)", Status.PENDING)),
                Harness.NOW, false));

        try (Harness harness = Harness.start(120, 40, Harness.options(root, home, Map.of()).withoutLiveData())) {
            harness.until(() -> harness.app.model.column("dev").orElseThrow().resource(
                    new dev.ferry.workspace.ResourceKey(Target.ASSISTANT, "front-desk")).flatMap(ResourceState::live)
                    .isPresent(), "the cached trees");
            harness.select("front-desk", "dev").type("i");

            assertThat(harness.text()).contains("Larkspur Front Desk (edited)");
        }
    }

    @Test
    void theIndexHoldsTheStatusesWithoutTrees() {
        Path root = folder.resolve("repo");
        MatrixCache cache = new MatrixCache(root);

        cache.save(ColumnState.ready("uat", List.of(state("front-desk", "A", "B", Status.PENDING),
                state("billing-agent", "C", "C", Status.IN_SYNC)), Harness.NOW, false));
        ColumnState index = cache.loadIndex("uat").orElseThrow();

        assertThat(index.stale()).isTrue();
        assertThat(index.readAt()).contains(Harness.NOW);
        assertThat(index.states()).extracting(ResourceState::key, ResourceState::status, ResourceState::liveId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("front-desk", Status.PENDING, "id-front-desk"),
                        org.assertj.core.groups.Tuple.tuple("billing-agent", Status.IN_SYNC, "id-billing-agent"));
        assertThat(index.states()).allSatisfy(state -> assertThat(state.live()).isEmpty());
        assertThat(cache.loadIndex("prod")).isEmpty();
    }

    @Test
    void theCacheKeepsCanonicalTreesOnlyAndReadsThemBackStale() {
        Path root = folder.resolve("repo");
        MatrixCache cache = new MatrixCache(root);

        cache.save(ColumnState.ready("uat", List.of(state("front-desk", "A", "B", Status.PENDING)), Harness.NOW,
                false));
        ColumnState back = cache.load("uat").orElseThrow();

        assertThat(back.stale()).isTrue();
        assertThat(back.readAt()).contains(Harness.NOW);
        ResourceState desk = back.states().get(0);
        assertThat(desk.status()).isEqualTo(Status.PENDING);
        assertThat(desk.live().orElseThrow().tree().get("name").asString()).isEqualTo("B");
        assertThat(desk.kind()).isEqualTo(Kind.ASSISTANT);
        assertThat(cache.load("prod")).isEmpty();
    }

    private static ResourceState state(String key, String desired, String live, Status status) {
        return new ResourceState(Target.ASSISTANT, key, Kind.ASSISTANT, key, "id-" + key,
                Optional.of(tree(desired)), Optional.of(tree(live)), status);
    }

    private static CanonicalResource tree(String name) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("name", name);
        return new CanonicalResource(Target.ASSISTANT, node, List.of());
    }
}
