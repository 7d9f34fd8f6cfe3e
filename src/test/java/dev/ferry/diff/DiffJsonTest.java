package dev.ferry.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class DiffJsonTest {
    @Test
    void jsonFormHasChangesAndHunksWithStableFieldNames() {
        ResourceDiff diff = ResourceDiff.compare(
                DiffFixtures.parse("{\"model\": {\"temperature\": 0.7}, \"endCallMessage\": null}"),
                DiffFixtures.parse("{\"model\": {\"temperature\": 0.2}, \"firstMessage\": \"Hi\"}"),
                List.of("endCallMessage: null", "model:", "  temperature: 0.7"),
                List.of("firstMessage: Hi", "model:", "  temperature: 0.2"));

        ObjectNode json = diff.toJson();

        assertThat(json.propertyNames()).containsExactly("changes", "hunks");
        JsonNode removed = json.get("changes").get(0);
        assertThat(removed.propertyNames()).containsExactly("path", "kind", "before", "summary");
        assertThat(removed.get("path").asString()).isEqualTo("endCallMessage");
        assertThat(removed.get("kind").asString()).isEqualTo("removed");
        assertThat(removed.get("before").isNull()).as("JSON null is kept as a value").isTrue();
        JsonNode added = json.get("changes").get(1);
        assertThat(added.propertyNames()).containsExactly("path", "kind", "after", "summary");
        JsonNode changed = json.get("changes").get(2);
        assertThat(changed.get("before").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(changed.get("summary").asString()).isEqualTo("model.temperature 0.7 → 0.2");
        JsonNode hunk = json.get("hunks").get(0);
        assertThat(hunk.propertyNames()).containsExactly("leftStart", "leftCount", "rightStart", "rightCount", "rows");
        JsonNode row = hunk.get("rows").get(2);
        assertThat(row.propertyNames()).containsExactly("kind", "leftLine", "left", "rightLine", "right", "leftSpans",
                "rightSpans");
        assertThat(row.get("kind").asString()).isEqualTo("change");
        assertThat(row.get("rightSpans").get(0).propertyNames()).containsExactly("start", "end");
    }

    @Test
    void promptChangeCarriesItsOwnLineDiff() {
        ResourceDiff diff = ResourceDiff.compare(DiffFixtures.parse("{\"content\": \"a\\nb\\nc\\n\"}"),
                DiffFixtures.parse("{\"content\": \"a\\nB\\nc\\n\"}"));

        JsonNode text = diff.toJson().get("changes").get(0).get("text");

        assertThat(text.get("changedLines").asInt()).isEqualTo(1);
        assertThat(text.get("hunks").get(0).get("rows")).hasSize(3);
        assertThat(diff.toJson().get("hunks")).isEmpty();
    }

    @Test
    void insertedRowHasOnlyItsRightSide() {
        ResourceDiff diff = ResourceDiff.compare(null, DiffFixtures.parse("{\"name\": \"x\"}"), List.of(),
                List.of("name: x"));

        JsonNode row = diff.toJson().get("hunks").get(0).get("rows").get(0);

        assertThat(row.propertyNames()).containsExactly("kind", "rightLine", "right");
        assertThat(row.get("kind").asString()).isEqualTo("insert");
    }
}
