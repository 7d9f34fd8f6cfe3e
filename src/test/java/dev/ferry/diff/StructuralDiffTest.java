package dev.ferry.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ferry.canonical.Canonicalizer;
import dev.ferry.canonical.SecretMasker;
import dev.ferry.diff.Change.Kind;
import dev.ferry.render.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

class StructuralDiffTest {
    private static final Map<String, String> SLUGS = Map.of(
            "a1a1a1a1-0000-4000-8000-000000000001", "front-desk",
            "a1a1a1a1-0000-4000-8000-000000000011", "front-desk",
            "b2b2b2b2-0000-4000-8000-000000000002", "billing",
            "b2b2b2b2-0000-4000-8000-000000000022", "billing",
            "t-lookup-live", "lookup-order",
            "t-transfer-live", "transfer-call");
    private static final Canonicalizer CANONICAL = new Canonicalizer((target, id) -> Optional.ofNullable(SLUGS.get(id)),
            SecretMasker.NONE, List.of());

    @Test
    void numbersEqualInValueAreNoChangeWhateverTheirType() {
        ObjectNode left = JsonNodeFactory.instance.objectNode().put("temperature", 1).put("speed", 0.5);
        ObjectNode right = JsonNodeFactory.instance.objectNode().put("temperature", 1.0)
                .put("speed", new BigDecimal("0.50"));

        assertThat(ResourceDiff.compare(left, right).changes()).isEmpty();
        assertThat(ResourceDiff.compare(DiffFixtures.parse("{\"maxTokens\": 250}"),
                DiffFixtures.parse("{\"maxTokens\": 250.00}")).changes()).isEmpty();
    }

    @Test
    void numbersDifferentInValueAreAChangeSummarisedFromTo() {
        ResourceDiff diff = ResourceDiff.compare(DiffFixtures.parse("{\"model\": {\"temperature\": 0.7}}"),
                DiffFixtures.parse("{\"model\": {\"temperature\": 0.2}}"));

        assertThat(diff.changes()).extracting(Change::path, Change::kind)
                .containsExactly(tuple("model.temperature", Kind.CHANGED));
        assertThat(diff.summary()).containsExactly("model.temperature 0.7 → 0.2");
    }

    @Test
    void nullAbsentEmptyStringAndEmptyArrayAreAllDifferent() {
        JsonNode left = DiffFixtures.parse(
                "{\"a\": null, \"b\": null, \"c\": \"\", \"d\": [], \"e\": null, \"f\": []}");
        JsonNode right = DiffFixtures.parse("{\"b\": \"\", \"c\": [], \"d\": null, \"e\": null, \"g\": []}");

        ResourceDiff diff = ResourceDiff.compare(left, right);

        assertThat(diff.changes()).extracting(Change::path, Change::kind).containsExactly(
                tuple("a", Kind.REMOVED), tuple("b", Kind.CHANGED), tuple("c", Kind.CHANGED),
                tuple("d", Kind.CHANGED), tuple("f", Kind.REMOVED), tuple("g", Kind.ADDED));
        assertThat(diff.summary()).containsExactly("a removed: null", "b null → \"\"", "c \"\" → []",
                "d [] → null", "f removed: []", "g added: []");
    }

    @Test
    void setsReorderedAndNumbersWrittenDifferentlyAreNoChangeInCanonicalForm() {
        JsonNode git = canonical(Target.ASSISTANT, "assistant-git.json");
        JsonNode live = canonical(Target.ASSISTANT, "assistant-live.json");

        ResourceDiff diff = ResourceDiff.compare(git, live);

        assertThat(diff.changes()).isEmpty();
        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void sequenceReorderedIsAChange() {
        JsonNode left = DiffFixtures.parse("{\"endCallPhrases\": [\"goodbye\", \"bye now\"]}");
        JsonNode right = DiffFixtures.parse("{\"endCallPhrases\": [\"bye now\", \"goodbye\"]}");

        ResourceDiff diff = ResourceDiff.compare(left, right);

        assertThat(diff.changes()).extracting(Change::path, Change::kind)
                .containsExactly(tuple("endCallPhrases", Kind.CHANGED));
        assertThat(diff.summary()).containsExactly("endCallPhrases reordered");
    }

    @Test
    void toolIdAddedIsSummarisedAsCounts() {
        JsonNode left = DiffFixtures.parse("{\"model\": {\"toolIds\": [\"lookup-order\"]}}");
        JsonNode right = DiffFixtures.parse("{\"model\": {\"toolIds\": [\"lookup-order\", \"transfer-call\"]}}");

        assertThat(ResourceDiff.compare(left, right).summary()).containsExactly("model.toolIds +1 −0");
    }

    @Test
    void memberMatchedByNameWhenReorderedNamesExactlyTheFieldThatChanged() {
        JsonNode uat = canonical(Target.SQUAD, "squad-live-uat.json");
        JsonNode prod = canonical(Target.SQUAD, "squad-live-prod.json");

        ResourceDiff diff = ResourceDiff.compare(uat, prod);

        assertThat(diff.changes()).filteredOn(change -> change.kind() == Kind.CHANGED)
                .extracting(Change::path, change -> change.before().asString(), change -> change.after().asString())
                .containsExactly(tuple("members[billing].assistantOverrides.voice.voiceId", "bob-calm", "ben-bright"));
        assertThat(diff.changes()).filteredOn(change -> change.kind() == Kind.MOVED).singleElement()
                .extracting(Change::path).isIn("members[front-desk]", "members[billing]");
        assertThat(diff.changes()).hasSize(2);
    }

    @Test
    void destinationsMatchedByNumberNameTheChangedMessage() {
        ResourceDiff diff = ResourceDiff.compare(DiffFixtures.json("transfer-tool-uat.json"),
                DiffFixtures.json("transfer-tool-prod.json"));

        assertThat(diff.changes()).filteredOn(change -> change.kind() != Kind.MOVED)
                .extracting(Change::path, Change::kind)
                .containsExactly(tuple("destinations[+15550100001].message", Kind.CHANGED));
        assertThat(diff.summary()).contains(
                "destinations[+15550100001].message \"Transferring you to billing.\" → "
                        + "\"Putting you through to billing.\"");
    }

    @Test
    void deepToolParameterDescriptionChangeNamesExactlyThatPath() {
        ResourceDiff diff = ResourceDiff.compare(DiffFixtures.json("lookup-tool-uat.json"),
                DiffFixtures.json("lookup-tool-prod.json"));

        assertThat(diff.changes()).extracting(Change::path, Change::kind)
                .containsExactly(tuple("function.parameters.properties.orderId.description", Kind.CHANGED));
    }

    @Test
    void modelMessagesAreMatchedByRoleAndTheirSwapShowsAsAMove() {
        JsonNode left = DiffFixtures.parse("{\"model\": {\"messages\": ["
                + "{\"role\": \"system\", \"content\": \"You are Ava.\"},"
                + "{\"role\": \"assistant\", \"content\": \"Hi!\"}]}}");
        JsonNode right = DiffFixtures.parse("{\"model\": {\"messages\": ["
                + "{\"role\": \"assistant\", \"content\": \"Hi!\"},"
                + "{\"role\": \"system\", \"content\": \"You are Bea.\"}]}}");

        ResourceDiff diff = ResourceDiff.compare(left, right);

        assertThat(diff.changes()).extracting(Change::path, Change::kind).containsExactly(
                tuple("model.messages[system]", Kind.MOVED),
                tuple("model.messages[system].content", Kind.CHANGED));
        assertThat(diff.summary()).startsWith("model.messages[system] moved: position 1 → 2");
    }

    @Test
    void toolMessagesAreMatchedByType() {
        JsonNode left = DiffFixtures.json("lookup-tool-uat.json");
        ObjectNode right = (ObjectNode) left.deepCopy();
        right.withArray("messages").remove(0);

        ResourceDiff diff = ResourceDiff.compare(left, right);

        assertThat(diff.changes()).extracting(Change::path, Change::kind)
                .containsExactly(tuple("messages[request-start]", Kind.REMOVED));
    }

    @Test
    void duplicateNamesFallBackToPositions() {
        JsonNode left = DiffFixtures.parse("{\"messages\": [{\"role\": \"user\", \"content\": \"a\"},"
                + "{\"role\": \"user\", \"content\": \"b\"}]}");
        JsonNode right = DiffFixtures.parse("{\"messages\": [{\"role\": \"user\", \"content\": \"a\"},"
                + "{\"role\": \"user\", \"content\": \"c\"}]}");

        assertThat(ResourceDiff.compare(left, right).changes()).extracting(Change::path)
                .containsExactly("messages[1].content");
    }

    @Test
    void resourceOnlyOnTheRightIsEveryTopLevelFieldAdded() {
        JsonNode tool = DiffFixtures.json("lookup-tool-uat.json");

        ResourceDiff added = ResourceDiff.compare(null, tool);
        ResourceDiff removed = ResourceDiff.compare(tool, MissingNode.getInstance());

        assertThat(added.changes()).extracting(Change::kind).containsOnly(Kind.ADDED);
        assertThat(added.changes()).extracting(Change::path)
                .containsExactly("async", "function", "messages", "server", "type");
        assertThat(removed.changes()).extracting(Change::kind).containsOnly(Kind.REMOVED);
        assertThat(removed.changes()).hasSize(5);
        assertThat(ResourceDiff.compare(null, null).isEmpty()).isTrue();
    }

    @Test
    void promptChangeIsSummarisedByChangedLinesAndDiffedAsText() {
        JsonNode left = DiffFixtures.parse("{\"model\": {\"messages\": [{\"role\": \"system\", \"content\": "
                + quote(DiffFixtures.text("intake-prompt-before.md")) + "}]}}");
        JsonNode right = DiffFixtures.parse("{\"model\": {\"messages\": [{\"role\": \"system\", \"content\": "
                + quote(DiffFixtures.text("intake-prompt-after.md")) + "}]}}");

        ResourceDiff diff = ResourceDiff.compare(left, right);

        Change change = diff.changes().get(0);
        assertThat(diff.summary()).containsExactly("model.messages[system].content: 1 line changed");
        assertThat(diff.textOf(change)).get().extracting(TextDiff::changedLines).isEqualTo(1);
    }

    @Test
    void promptThatOnlyLostItsFinalNewlineSaysSo() {
        ResourceDiff diff = ResourceDiff.compare(DiffFixtures.parse("{\"content\": \"You are Ava.\\nBe brief.\\n\"}"),
                DiffFixtures.parse("{\"content\": \"You are Ava.\\nBe brief.\"}"));

        assertThat(diff.summary()).containsExactly("content: trailing newline only");
    }

    @Test
    void keysThatLookLikePathSyntaxAreQuoted() {
        ResourceDiff diff = ResourceDiff.compare(DiffFixtures.parse("{\"headers\": {\"x.api\": \"a\"}}"),
                DiffFixtures.parse("{\"headers\": {\"x.api\": \"b\"}}"));

        assertThat(diff.changes()).extracting(Change::path).containsExactly("headers[\"x.api\"]");
    }

    @Test
    void elementNamesThatWouldReadAsAnIndexOrHoldBracketsAreQuoted() {
        JsonNode left = DiffFixtures.parse("{\"destinations\": [{\"assistantName\": \"42\", \"message\": \"a\"},"
                + "{\"assistantName\": \"Billing [EU]\", \"message\": \"a\"}]}");
        JsonNode right = DiffFixtures.parse("{\"destinations\": [{\"assistantName\": \"42\", \"message\": \"b\"},"
                + "{\"assistantName\": \"Billing [EU]\", \"message\": \"b\"}]}");

        assertThat(ResourceDiff.compare(left, right).changes()).extracting(Change::path).containsExactly(
                "destinations[\"42\"].message", "destinations[\"Billing [EU]\"].message");
    }

    private static JsonNode canonical(Target target, String fixture) {
        return CANONICAL.canonicalize(target, DiffFixtures.json(fixture)).tree();
    }

    private static String quote(String text) {
        return JsonNodeFactory.instance.stringNode(text).toString();
    }
}
