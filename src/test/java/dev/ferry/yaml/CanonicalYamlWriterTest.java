package dev.ferry.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class CanonicalYamlWriterTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that some YAML reader takes for something else, and text a writer likes to mangle. */
    static final List<String> HOSTILE = List.of(
            "yes", "no", "on", "off", "y", "n", "Y", "N", "Yes", "NO", "Off", "~", "null", "Null", "NULL", "true",
            "True", "FALSE", "1e5", "1E5", "0x1F", "0o17", "0123", "0189", "12_34", "+15550100001", "-1", "3.0",
            ".5", ".inf", "-.inf", ".NaN", "2026-01-01", "2026-01-01 10:00:00", "12:30", "1:30", "<<", "=", "-",
            "---", "...", "? x", ": x", "a: b", "a #b", "#hash", "a#b", "trailing:", " lead", "trail ", "  ",
            "", "tab\there", "\tlead-tab", "line one\nline two", "ends with newline\n", "two newlines\n\n",
            "\nleading newline", "trailing spaces  \nnext line  ", "crlf\r\nline\r\n", "lone\rcr", "nul\u0000byte",
            "rtl \u200Fmark\u200E and \u202Eoverride", "emoji 👋🏽 and 🇳🇴", "日本語のテキスト", "العربية", "देवनागरी",
            "combining e\u0301", "nbsp\u00A0inside", "bom\uFEFFinside", "nel\u0085line", "ls\u2028ps\u2029",
            "bell\u0007", "del\u007F", "c1\u0090", "'single'", "\"double\"", "back\\slash", "{{customer.number}}",
            "${params.model}", "@ref:tool/x", "*alias", "&anchor", "!tag", "%directive", "|", ">", "[a, b]",
            "{a: 1}", "`tick`", "https://hooks.example/vapi?x=1#frag", "x".repeat(50_000),
            "line\n\twith tab\n", "   \nindented first line", "a\n  \nb", "a\n\n\n");

    @Test
    void everyHostileStringReadsBackExactlyWhereverItSits() throws YamlException {
        for (String value : HOSTILE) {
            assertRoundTrip(value);
        }
    }

    @Test
    void randomStringsReadBackExactly() throws YamlException {
        String alphabet = " \t\n\r:#-'\"\\{}[],&*!|>%@`?.~+_0123456789eExXoyYnN\u0000\u0085\u2028\uFEFF\u200F日ع"
                + "नaé";
        Random random = new Random(20261204L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(20) == 0) {
                    text.append("👋");
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            assertRoundTrip(text.toString());
        }
    }

    private static void assertRoundTrip(String value) throws YamlException {
        ObjectNode asValue = NODES.objectNode();
        asValue.put("value", value);
        asValue.putArray("items").add(value).addObject().put("nested", value);
        asValue.put(value, "as a key");
        assertThat(read(CanonicalYamlWriter.write(asValue))).as("written as %s", escape(value)).isEqualTo(asValue);
        assertThat(read(CanonicalYamlWriter.write(NODES.stringNode(value))).asString()).as(escape(value))
                .isEqualTo(value);
    }

    @Test
    void stringsOtherReadersTakeForNumbersBooleansOrDatesAreQuoted() {
        ObjectNode tree = NODES.objectNode();
        for (String value : List.of("no", "off", "+15550100001", "0123", "1e5", "0x1F", "12_34", "1:30", ".", ".inf",
                "2026-01-01", "~", "True")) {
            tree.put("v" + tree.size(), value);
        }

        String yaml = CanonicalYamlWriter.write(tree);

        assertThat(yaml).contains("\"no\"", "\"off\"", "\"+15550100001\"", "\"0123\"", "\"1e5\"", "\"0x1F\"",
                "\"12_34\"", "\"1:30\"", "\".\"", "\".inf\"", "\"2026-01-01\"", "\"~\"", "\"True\"");
    }

    @Test
    void chompingIndicatorFollowsTheFinalNewlines() {
        ObjectNode tree = NODES.objectNode();
        tree.put("none", "You are Ava.\nBe brief.");
        tree.put("one", "You are Ava.\nBe brief.\n");
        tree.put("two", "You are Ava.\nBe brief.\n\n");

        String yaml = CanonicalYamlWriter.write(tree);

        assertThat(yaml).isEqualTo("none: |-\n  You are Ava.\n  Be brief.\none: |\n  You are Ava.\n  Be brief.\n"
                + "two: |+\n  You are Ava.\n  Be brief.\n\n");
    }

    @Test
    void trailingSpacesStayInALiteralBlock() throws YamlException {
        String prompt = "Step 1: greet the caller.  \nStep 2: ask for the order number.\n";
        ObjectNode tree = NODES.objectNode().put("content", prompt);

        String yaml = CanonicalYamlWriter.write(tree);

        assertThat(yaml).isEqualTo("content: |\n  Step 1: greet the caller.  \n  Step 2: ask for the order number.\n");
        assertThat(read(yaml).get("content").asString()).isEqualTo(prompt);
    }

    @Test
    void longLinesAreNeverWrapped() {
        String description = "word ".repeat(180).strip();
        ObjectNode tree = NODES.objectNode().put("description", description);

        String yaml = CanonicalYamlWriter.write(tree);

        assertThat(yaml.lines()).containsExactly("description: " + description);
    }

    @Test
    void nonBmpAndRightToLeftTextIsWrittenRawNotEscaped() {
        ObjectNode tree = NODES.objectNode().put("firstMessage", "Hi there 👋 ¿cómo está? مرحبا नमस्ते 日本");

        String yaml = CanonicalYamlWriter.write(tree);

        assertThat(yaml).isEqualTo("firstMessage: Hi there 👋 ¿cómo está? مرحبا नमस्ते 日本\n");
    }

    @Test
    void numbersAreWrittenByValueInOneSpelling() {
        ObjectNode tree = NODES.objectNode();
        tree.put("a", new BigDecimal("1.0"));
        tree.put("b", new BigDecimal("0.30"));
        tree.put("c", 1e-7);
        tree.put("d", 12);
        tree.put("e", new BigDecimal("1E+3"));

        assertThat(CanonicalYamlWriter.write(tree)).isEqualTo("a: 1\nb: 0.3\nc: 1.0E-7\nd: 12\ne: 1000\n");
    }

    @Test
    void keysComeInTheFixedReadableOrder() {
        ObjectNode document = NODES.objectNode();
        ObjectNode spec = document.putObject("spec");
        spec.put("zeta", 1).put("firstMessage", "Hi").put("voice", "v").put("name", "Ava").put("alpha", 2);
        spec.putObject("model").put("temperature", 0.2).put("model", "gpt-4.1").put("provider", "openai");
        document.putObject("metadata").put("labels", "x").put("description", "d").put("name", "ava");
        document.put("apiVersion", "v1").put("kind", "Assistant");

        List<String> keys = CanonicalYamlWriter.write(document).lines().filter(line -> !line.startsWith("    "))
                .map(line -> line.substring(0, line.indexOf(':'))).toList();

        assertThat(keys).containsExactly("kind", "apiVersion", "metadata", "  name", "  description", "  labels",
                "spec", "  name", "  model", "  voice", "  firstMessage", "  alpha", "  zeta");
        assertThat(CanonicalYamlWriter.write(document)).contains("  model:\n    provider: openai\n    model: gpt-4.1\n"
                + "    temperature: 0.2\n");
    }

    @Test
    void nullIsWrittenAsNull() throws YamlException {
        ObjectNode tree = NODES.objectNode().putNull("voicemailMessage").put("endCallMessage", "Goodbye!");

        String yaml = CanonicalYamlWriter.write(tree);

        assertThat(yaml).isEqualTo("endCallMessage: Goodbye!\nvoicemailMessage: null\n");
        assertThat(read(yaml).get("voicemailMessage").isNull()).isTrue();
    }

    @Test
    void writingTwiceGivesTheSameBytes() {
        ObjectNode tree = NODES.objectNode();
        for (String value : HOSTILE) {
            tree.put("k" + tree.size(), value);
        }

        assertThat(CanonicalYamlWriter.write(tree)).isEqualTo(CanonicalYamlWriter.write(tree.deepCopy()));
    }

    static JsonNode read(String yaml) throws YamlException {
        return YamlReader.read(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml").root();
    }

    static String escape(String value) {
        List<String> parts = new ArrayList<>();
        value.codePoints().limit(80).forEach(c -> parts.add(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c)
                : String.valueOf((char) c)));
        return String.join("", parts);
    }
}
