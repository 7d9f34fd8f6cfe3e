package dev.ferry.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JsonPathsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POSITION = "/members/*/assistantOverrides/metadata/position";

    private static ObjectNode live() {
        return (ObjectNode) JSON.readTree(Fixtures.text(JsonPathsTest.class, "squad-live.json"));
    }

    @Test
    void removingAPathTakesTheObjectsItLeftEmptyButNothingElse() {
        ObjectNode squad = live();

        JsonPaths.remove(squad, POSITION);

        assertThat(squad.at("/members/0/assistantOverrides/metadata").toString()).isEqualTo("{\"note\":\"kept\"}");
        assertThat(squad.at("/members/1").toString()).isEqualTo("{\"assistantId\":\"a-2\"}");
    }

    @Test
    void carryingPairsSquadMembersByAssistantIdEvenWhenGitReorderedThem() {
        ObjectNode desired = (ObjectNode) JSON.readTree("""
                {"members": [{"assistantId": "a-2", "assistantOverrides": {"metadata": {"position": {"x": 1}}}},
                             {"assistantId": "a-3"},
                             {"assistantId": "a-1"}]}
                """);

        JsonPaths.carry(live(), desired, POSITION);

        assertThat(desired.at("/members/0/assistantOverrides/metadata/position/x").asInt()).isEqualTo(420);
        assertThat(desired.at("/members/1").toString()).isEqualTo("{\"assistantId\":\"a-3\"}");
        assertThat(desired.at("/members/2/assistantOverrides/metadata/position/y").asInt()).isEqualTo(20);
        assertThat(desired.at("/members/2/assistantOverrides/metadata/note").isMissingNode()).isTrue();
    }

    @Test
    void carryingAnIgnoredPathKeepsTheLiveValueOverGits() {
        JsonNode live = JSON.readTree("{\"voice\": {\"voiceId\": \"Elliot\", \"chunkPlan\": {\"enabled\": false}}}");
        ObjectNode desired = (ObjectNode) JSON.readTree("{\"voice\": {\"voiceId\": \"Kylie\"}}");

        JsonPaths.carry(live, desired, JsonPaths.fromDotted("voice.chunkPlan"));

        assertThat(desired.toString())
                .isEqualTo("{\"voice\":{\"voiceId\":\"Kylie\",\"chunkPlan\":{\"enabled\":false}}}");
    }

    @Test
    void stringsAtAPatternAreFoundInArraysAndObjects() {
        JsonNode assistant = JSON.readTree("{\"model\": {\"toolIds\": [\"t1\", \"t2\"]}, \"server\": {}}");

        assertThat(JsonPaths.strings(assistant, "/model/toolIds/*")).containsExactly("t1", "t2");
        assertThat(JsonPaths.strings(assistant, "/server/credentialId")).isEmpty();
        assertThat(JsonPaths.dotted("/members/*/assistantId")).isEqualTo("members.assistantId");
    }
}
