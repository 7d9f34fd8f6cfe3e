package dev.ferry.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every node keeps its 1-based line and column in the {@link SourceMap}, whatever the line ends
 * and whether the file starts with a byte-order mark. Findings point at these positions.
 */
class YamlReaderPositionsTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"LF", "CRLF", "BOM"})
    void valuesAndKeysKeepTheirLineAndColumn(String variant) throws Exception {
        byte[] bytes = variant(variant);

        SourceMap map = YamlReader.read(bytes, "positions/nested.yaml").sourceMap();

        assertThat(map.keyAt("/kind")).isEqualTo(new Position(1, 1));
        assertThat(map.valueAt("/kind")).isEqualTo(new Position(1, 7));
        assertThat(map.keyAt("/metadata/name")).isEqualTo(new Position(3, 3));
        assertThat(map.valueAt("/metadata/name")).isEqualTo(new Position(3, 9));
        assertThat(map.keyAt("/spec/model/temperature")).isEqualTo(new Position(7, 5));
        assertThat(map.valueAt("/spec/model/temperature")).isEqualTo(new Position(7, 18));
        assertThat(map.keyAt("/spec/endCallPhrases")).isEqualTo(new Position(8, 3));
        assertThat(map.valueAt("/spec/endCallPhrases/0")).isEqualTo(new Position(9, 7));
        assertThat(map.valueAt("/spec/endCallPhrases/1")).isEqualTo(new Position(10, 9));
        assertThat(map.valueAt("/spec/prompt")).isEqualTo(new Position(11, 11));
        assertThat(map.keyAt("/spec/last")).isEqualTo(new Position(14, 3));
        assertThat(map.valueAt("/spec/last")).isEqualTo(new Position(14, 9));
    }

    @Test
    void aPointerWithoutItsOwnPositionFallsBackToItsNearestAncestor() throws Exception {
        SourceMap map = YamlReader.read(variant("LF"), "positions/nested.yaml").sourceMap();

        Position missing = map.valueAt("/spec/model/maxTokens");

        assertThat(missing).isEqualTo(map.valueAt("/spec/model"));
        assertThat(map.contains("/spec/model/maxTokens")).isFalse();
        assertThat(map.keyAt("/spec/endCallPhrases/1")).isEqualTo(map.valueAt("/spec/endCallPhrases/1"));
    }

    @Test
    void literalBlockReadFromACrlfFileHasNoCarriageReturns() throws Exception {
        byte[] crlf = variant("CRLF");

        YamlDocument document = YamlReader.read(crlf, "positions/nested.yaml");

        assertThat(document.root().at("/spec/prompt").asString()).isEqualTo("First line.\nSecond line.\n");
        assertThat(document.root().at("/spec/endCallPhrases/1").asString()).isEqualTo("that's all");
    }

    @Test
    void byteOrderMarkIsNotedAndTheContentParsed() throws Exception {
        byte[] withBom = variant("BOM");

        YamlDocument document = YamlReader.read(withBom, "positions/nested.yaml");

        assertThat(document.hadByteOrderMark()).isTrue();
        assertThat(document.root().get("kind").asString()).isEqualTo("Assistant");
        assertThat(YamlReader.read(variant("LF"), "positions/nested.yaml").hadByteOrderMark()).isFalse();
    }

    private static byte[] variant(String name) {
        byte[] lf = Fixtures.bytes(YamlReaderPositionsTest.class, "positions/nested.yaml");
        // Built from the LF fixture rather than kept as files, so that no Git setting can change the line ends.
        return switch (name) {
            case "CRLF" -> new String(lf, StandardCharsets.UTF_8).replace("\n", "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            case "BOM" -> concat(BOM, lf);
            default -> lf;
        };
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
