package dev.ferry.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.Kind;
import dev.ferry.plan.ActionType;
import dev.ferry.plan.PlanAction;
import dev.ferry.render.Target;
import dev.ferry.workspace.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Request bodies: placeholders wired, back-links deferred, whole fields with preserved paths, labels. */
class PayloadsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Payloads payloads = new Payloads(List.of(), new Labels("dev", "larkspur", "3d7fad4"),
            slug -> "fde-robin");

    private static PlanAction action(ActionType type, Target target, String payload, List<String> write) {
        return new PlanAction(type, target, "k", Kind.ASSISTANT, "k", "assistants/k.yaml", "K",
                type == ActionType.CREATE ? null : "id-k", (ObjectNode) JSON.readTree(payload), List.of(), write,
                List.of(), List.of(), Map.of(), null, Map.of(), null, Status.PENDING, null);
    }

    @Test
    void aCreateWiresKnownIdsAndDefersBackLinksToObjectsNotMadeYet() {
        PlanAction output = action(ActionType.CREATE, Target.STRUCTURED_OUTPUT,
                "{\"name\": \"summary\", \"assistantIds\": [\"@ref:assistant/front-desk\"]}", List.of());

        Payloads.Body body = payloads.forCreate(output, Map.of());

        assertThat(body.body().toString()).isEqualTo("{\"name\":\"summary\"}");
        assertThat(body.deferred()).containsExactly("assistantIds");
    }

    @Test
    void aRefToAnObjectNobodyMakesIsAnErrorNamingTheFile() {
        PlanAction assistant = action(ActionType.CREATE, Target.ASSISTANT,
                "{\"model\": {\"toolIds\": [\"@ref:tool/end-call\"]}}", List.of());

        assertThatThrownBy(() -> payloads.forCreate(assistant, Map.of()))
                .hasMessage("assistants/k.yaml: refers to tool 'end-call', which the org does not have and this run "
                        + "did not make");
    }

    @Test
    void anUpdateSendsWholeFieldsAndTheMetadataWithLabelsBesideOtherKeys() {
        PlanAction assistant = action(ActionType.UPDATE, Target.ASSISTANT, """
                {"model": {"provider": "openai", "temperature": 0.3, "toolIds": ["@ref:tool/end-call"],
                           "messages": [{"role": "system", "content": "You are Ava."}]},
                 "firstMessage": "Hi", "metadata": {"team": "support"}}
                """, List.of("model"));
        ObjectNode live = (ObjectNode) JSON.readTree("""
                {"id": "id-k", "model": {"provider": "openai", "temperature": 0.7}, "firstMessage": "Hello",
                 "metadata": {"dashboardKey": 1, "ferry": {"sha": "old"}}}
                """);

        ObjectNode body = payloads.forUpdate(assistant, live, Map.of("tool/end-call", "t-9")).body();

        assertThat(body.propertyNames()).containsExactly("model", "metadata");
        assertThat(body.at("/model/messages/0/content").asString()).isEqualTo("You are Ava.");
        assertThat(body.at("/model/toolIds/0").asString()).isEqualTo("t-9");
        assertThat(body.at("/metadata/dashboardKey").asInt()).isEqualTo(1);
        assertThat(body.at("/metadata/team").asString()).isEqualTo("support");
        assertThat(body.at("/metadata/ferry").toString()).isEqualTo("{\"env\":\"dev\",\"app\":\"larkspur\","
                + "\"owner\":\"fde-robin\",\"sha\":\"3d7fad4\",\"managed-by\":\"ferry\"}");
    }

    @Test
    void aSquadUpdateAlwaysCarriesItsMembersWithTheirCanvasPositions() {
        PlanAction squad = action(ActionType.UPDATE, Target.SQUAD, """
                {"name": "Front", "members": [{"assistantId": "@ref:assistant/a"}]}
                """, List.of("name"));
        ObjectNode live = (ObjectNode) JSON.readTree("""
                {"name": "Old", "members": [{"assistantId": "id-a",
                  "assistantOverrides": {"metadata": {"position": {"x": 5, "y": 6}}}}]}
                """);

        ObjectNode body = payloads.forUpdate(squad, live, Map.of("assistant/a", "id-a")).body();

        assertThat(body.propertyNames()).containsExactly("name", "members");
        assertThat(body.at("/members/0/assistantOverrides/metadata/position/x").asInt()).isEqualTo(5);
    }
}
