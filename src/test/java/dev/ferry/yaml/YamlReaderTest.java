package dev.ferry.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Fixtures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The reading rules of design section 3: how plain and quoted scalars are typed, and which get a note. */
class YamlReaderTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "yes         | yes",
        "no          | no",
        "on          | on",
        "off         | off",
        "y           | y",
        "n           | n",
        "phone       | +15550100001",
        "leadingZero | 0123",
        "clock       | 12:30",
        "date        | 2026-01-01",
    })
    void plainScalarsThatYaml11ReadersRetypeStayStrings(String key, String expected) throws Exception {
        YamlDocument document = read("reading-rules/scalars.yaml");

        JsonNode value = document.root().get(key);

        assertThat(value.isString()).as("%s is a string", key).isTrue();
        assertThat(value.asString()).isEqualTo(expected);
    }

    @Test
    void trueAndFalseAreBooleansAndNullIsNull() throws Exception {
        YamlDocument document = read("reading-rules/scalars.yaml");

        JsonNode root = document.root();

        assertThat(root.get("true").isBoolean()).isTrue();
        assertThat(root.get("true").booleanValue()).isTrue();
        assertThat(root.get("false").isBoolean()).isTrue();
        assertThat(root.get("false").booleanValue()).isFalse();
        assertThat(root.get("null").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "one         | 1",
        "oneAndAHalf | 1.5",
        "minusTwo    | -2",
        "exponent    | 100000",
    })
    void jsonNumbersAreNumbers(String key, String expected) throws Exception {
        YamlDocument document = read("reading-rules/scalars.yaml");

        JsonNode value = document.root().get(key);

        assertThat(value.isNumber()).as("%s is a number", key).isTrue();
        assertThat(value.decimalValue()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "capitalTrue | True | 19 | a boolean for YAML 1.2 core-schema readers",
        "tilde       | ~    | 20 | null for most YAML readers",
        "capitalYes  | Yes  | 21 | a boolean for YAML 1.1 readers",
        "upperNull   | NULL | 22 | null for most YAML readers",
        "hex         | 0x1F | 23 | a number for YAML 1.2 core-schema readers",
        "infinity    | .inf | 24 | a number for YAML 1.2 core-schema readers",
    })
    void spellingsOtherReadersTakeDifferentlyStayStringsWithANote(String key, String text, int line, String reading)
            throws Exception {
        YamlDocument document = read("reading-rules/scalars.yaml");

        JsonNode value = document.root().get(key);

        assertThat(value.isString()).isTrue();
        assertThat(value.asString()).isEqualTo(text);
        int column = key.length() + 3;
        assertThat(document.notes()).contains(new ScalarNote("/" + key, new Position(line, column), text, reading));
    }

    @Test
    void onlyThoseSpellingsGetANote() throws Exception {
        YamlDocument document = read("reading-rules/scalars.yaml");

        var noted = document.notes().stream().map(ScalarNote::text).toList();

        assertThat(noted).containsExactly("True", "~", "Yes", "NULL", "0x1F", ".inf");
    }

    @Test
    void quotedScalarsAreStringsWithNoNote() throws Exception {
        YamlDocument document = read("reading-rules/quoted.yaml");

        JsonNode root = document.root();

        assertThat(root.properties()).allSatisfy(entry -> assertThat(entry.getValue().isString())
                .as(entry.getKey()).isTrue());
        assertThat(root.get("single").asString()).isEqualTo("True");
        assertThat(root.get("double").asString()).isEqualTo("~");
        assertThat(root.get("number").asString()).isEqualTo("1.5");
        assertThat(root.get("flag").asString()).isEqualTo("true");
        assertThat(root.get("empty").asString()).isEmpty();
        assertThat(document.notes()).isEmpty();
    }

    @Test
    void hookKeyOnStaysTheKeyOn() throws Exception {
        YamlDocument document = read("reading-rules/hooks.yaml");

        JsonNode hook = document.root().get("hooks").get(0);

        assertThat(hook.propertyNames()).containsExactly("on", "do");
        assertThat(hook.get("on").asString()).isEqualTo("customer.speech.timeout");
        assertThat(document.notes()).isEmpty();
    }

    @Test
    void jsonIndentedWithTabsReadsWithItsTypesAndPositions() throws Exception {
        YamlDocument document = read("json/assistant.json");

        JsonNode root = document.root();

        assertThat(root.get("name").asString()).isEqualTo("Clinic Outbound");
        assertThat(root.at("/model/temperature").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(root.at("/model/messages/0/content").asString()).isEqualTo("Line one.\nLine two.");
        assertThat(root.get("silenceTimeoutSeconds").intValue()).isEqualTo(30);
        assertThat(root.get("voicemailMessage").isNull()).isTrue();
        assertThat(root.get("isServerUrlSecretSet").isBoolean()).isTrue();
        assertThat(document.sourceMap().valueAt("/model/temperature")).isEqualTo(new Position(5, 18));
        assertThat(document.sourceMap().keyAt("/model/temperature")).isEqualTo(new Position(5, 3));
        assertThat(document.sourceMap().valueAt("/model/messages/0/role")).isEqualTo(new Position(7, 13));
        assertThat(document.sourceMap().valueAt("/silenceTimeoutSeconds")).isEqualTo(new Position(10, 27));
        assertThat(document.notes()).isEmpty();
    }

    @Test
    void jsonIndentedWithTabsKeepsTheTabsInsideItsStrings() throws Exception {
        YamlDocument document = read("json/assistant.json");

        String note = document.root().get("note").asString();

        assertThat(note).isEqualTo("kept\ttab");
    }

    private static YamlDocument read(String fixture) throws YamlException {
        return YamlReader.read(Fixtures.bytes(YamlReaderTest.class, fixture), fixture);
    }
}
