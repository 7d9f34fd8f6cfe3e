package dev.ferry.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class CommentPreservationTest {
    private static final String INTAKE = """
            # Reviewed by compliance on 2026-05-02 - change only via ticket
            name: Intake
            firstMessage: Thanks for calling Example Clinic. # keep under 12 words
            model:
              provider: openai
              # lower = fewer improvised answers
              temperature: 0.7
            endCallPhrases:
              # the Norwegian team asked for this one
              - "no"
              - goodbye # most common
            # end of file: keep the list above short
            """;

    @Test
    void changingOneValueKeepsEveryCommentAndChangesOneLine() throws YamlException {
        ObjectNode tree = (ObjectNode) read(INTAKE);
        ((ObjectNode) tree.get("model")).put("temperature", new BigDecimal("0.5"));

        String merged = CanonicalYamlWriter.merge(tree, YamlLayout.read(INTAKE));

        assertThat(merged).isEqualTo(INTAKE.replace("temperature: 0.7", "temperature: 0.5"));
        assertThat(YamlLayout.read(merged).commentLines()).isEqualTo(YamlLayout.read(INTAKE).commentLines());
    }

    @Test
    void mergingUnchangedContentGivesTheFileBackByteForByte() throws YamlException {
        String merged = CanonicalYamlWriter.merge(read(INTAKE), YamlLayout.read(INTAKE));

        assertThat(merged).isEqualTo(INTAKE);
    }

    @Test
    void newKeysGoAfterTheUsersKeysInCanonicalOrder() throws YamlException {
        ObjectNode tree = (ObjectNode) read(INTAKE);
        tree.put("voicemailMessage", "Please call back.").put("backgroundSound", "off");

        String merged = CanonicalYamlWriter.merge(tree, YamlLayout.read(INTAKE));

        assertThat(merged).endsWith("  - goodbye # most common\nbackgroundSound: \"off\"\n"
                + "voicemailMessage: Please call back.\n# end of file: keep the list above short\n");
    }

    @Test
    void aRemovedKeyTakesTheCommentAboveItAndSaysSo() throws YamlException {
        ObjectNode tree = (ObjectNode) read(INTAKE);
        ((ObjectNode) tree.get("model")).remove("temperature");
        YamlLayout layout = YamlLayout.read(INTAKE);

        String merged = CanonicalYamlWriter.merge(tree, layout);

        assertThat(merged).doesNotContain("lower = fewer", "temperature");
        assertThat(layout.orphanedBy(tree)).containsOnlyKeys("/model/temperature");
        List<String> kept = new ArrayList<>(layout.commentLines());
        kept.remove("# lower = fewer improvised answers");
        assertThat(YamlLayout.read(merged).commentLines()).isEqualTo(kept);
    }

    @Test
    void formatMovesCommentsWithTheirKeysIntoCanonicalOrder() throws YamlException {
        String text = """
                # header stays on top
                spec:
                  # the name callers hear
                  name: Ava
                  firstMessage: Hello # short
                metadata:
                  name: ava
                kind: Assistant
                apiVersion: v1
                """;

        String formatted = CanonicalYamlWriter.format(read(text), YamlLayout.read(text));

        assertThat(formatted).isEqualTo("""
                # header stays on top
                kind: Assistant
                apiVersion: v1
                metadata:
                  name: ava
                spec:
                  # the name callers hear
                  name: Ava
                  firstMessage: Hello # short
                """);
    }

    @Test
    void formatIsIdempotentWithCommentsBlankLinesAndBlocks() throws YamlException {
        String text = """
                kind: Tool   # the kind
                spec:

                  # grouped settings
                  type: function
                  labels: {a: 1, b: [x, y]}  # flow style becomes block style
                  list:
                    - ref: crm   # inline
                      operations: [lookup]
                    # between items
                    - ref: end-call
                  prompt: |+
                    keep these

                  after: 1
                # trailer
                """;

        String once = CanonicalYamlWriter.format(read(text), YamlLayout.read(text));
        String twice = CanonicalYamlWriter.format(read(once), YamlLayout.read(once));

        assertThat(twice).isEqualTo(once);
        assertThat(read(once)).isEqualTo(read(text));
        assertThat(YamlLayout.read(once).commentLines()).isEqualTo(YamlLayout.read(text).commentLines());
    }

    @Test
    void unreadableYamlIsRefusedRatherThanRewrittenWithoutItsComments() {
        assertThatThrownBy(() -> YamlLayout.read("a: [1, 2\n# comment\n")).isInstanceOf(YamlException.class)
                .hasMessageStartingWith("cannot read the file's comments");
    }

    private static tools.jackson.databind.JsonNode read(String yaml) throws YamlException {
        return YamlReader.read(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml").root();
    }
}
