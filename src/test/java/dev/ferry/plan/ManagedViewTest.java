package dev.ferry.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.IgnoreRule;
import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import dev.ferry.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ManagedViewTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theViewHoldsOnlyTheManagedFieldsWithoutDashboardOnlyKeys() {
        ObjectNode squad = (ObjectNode) JSON.readTree(Fixtures.text(getClass(), "squad-live.json"));

        ObjectNode view = ManagedView.of(Target.SQUAD, squad, List.of("members", "membersOverrides"));

        assertThat(view.propertyNames()).containsExactly("members");
        assertThat(view.toString()).doesNotContain("position").contains("kept");
        assertThat(squad.toString()).contains("position");
    }

    @Test
    void aCanvasPositionMovedInTheDashboardDoesNotChangeTheHash() {
        ObjectNode squad = (ObjectNode) JSON.readTree(Fixtures.text(getClass(), "squad-live.json"));
        ObjectNode moved = squad.deepCopy();
        ((ObjectNode) moved.at("/members/1/assistantOverrides/metadata/position")).put("x", 999);

        assertThat(ManagedView.hash(Target.SQUAD, moved, List.of("members")))
                .isEqualTo(ManagedView.hash(Target.SQUAD, squad, List.of("members")));
    }

    @Test
    void preservedPathsAreTheDashboardOnlyKeysAndTheIgnoredPathsOfTheKind() {
        List<IgnoreRule> ignore = List.of(new IgnoreRule(Kind.ASSISTANT, "voice.chunkPlan", null, "voice team", null,
                null), new IgnoreRule(Kind.TOOL, null, "legacy-*", "telephony", null, null));

        assertThat(ManagedView.preservedPaths(Target.ASSISTANT, ignore)).containsExactly("/voice/chunkPlan");
        assertThat(ManagedView.preservedPaths(Target.SQUAD, ignore))
                .containsExactly("/members/*/assistantOverrides/metadata/position");
        assertThat(ManagedView.preservedPaths(Target.TOOL, ignore)).isEmpty();
    }
}
