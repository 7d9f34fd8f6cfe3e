package dev.ferry.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ferry.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files that are not one readable YAML or JSON document: each is refused with a rule id, the
 * position of the problem and a message that says what to do.
 */
class YamlReaderRejectsTest {

    @Test
    void duplicateKeyIsAnErrorAtTheSecondKeyNamingTheFirst() {
        YamlException error = reject("errors/duplicate-key.yaml");

        assertThat(error.ruleId()).isEqualTo("yaml-duplicate-key");
        assertThat(error.position()).isEqualTo(new Position(4, 1));
        assertThat(error.getMessage()).isEqualTo("duplicate key 'firstMessage' (first defined at line 2)");
    }

    @Test
    void duplicateKeyIsAnErrorAtEveryNestingLevel() {
        YamlException error = reject("errors/duplicate-nested-key.yaml");

        assertThat(error.ruleId()).isEqualTo("yaml-duplicate-key");
        assertThat(error.position()).isEqualTo(new Position(5, 5));
        assertThat(error.getMessage()).isEqualTo("duplicate key 'provider' (first defined at line 3)");
    }

    @Test
    void tabIndentationIsNamedAtTheTabsLine() {
        YamlException error = reject("errors/tab-indent.yaml");

        assertThat(error.ruleId()).isEqualTo("yaml-syntax");
        assertThat(error.position()).isEqualTo(new Position(3, 1));
        assertThat(error.getMessage()).isEqualTo("tab character used for indentation; YAML indents with spaces only");
    }

    @Test
    void tabIndentationIsNamedAfterCharactersOutsideTheBasicPlane() {
        YamlException error = reject("errors/tab-after-emoji.yaml");

        assertThat(error.position()).isEqualTo(new Position(3, 1));
        assertThat(error.getMessage()).isEqualTo("tab character used for indentation; YAML indents with spaces only");
    }

    @Test
    void secondDocumentIsRefusedWhereItStarts() {
        YamlException error = reject("errors/two-documents.yaml");

        assertThat(error.ruleId()).isEqualTo("yaml-multiple-documents");
        assertThat(error.position()).isEqualTo(new Position(4, 1));
        assertThat(error.getMessage())
                .isEqualTo("file holds more than one YAML document; put each resource in its own file");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "   \n\n", "---\n", "# retired\n"})
    void emptyOrBlankFileIsEmpty(String text) {
        YamlException error = reject(text.getBytes(StandardCharsets.UTF_8));

        assertThat(error.ruleId()).isEqualTo("file-empty");
        assertThat(error.position()).isEqualTo(Position.START);
        assertThat(error.getMessage())
                .isEqualTo("file is empty; expected a document with kind, apiVersion, metadata and spec");
    }

    @Test
    void fileOfOnlyCommentsIsEmpty() {
        YamlException error = reject("errors/comments-only.yaml");

        assertThat(error.ruleId()).isEqualTo("file-empty");
    }

    @Test
    void unclosedBracketNamesWhereTheListStarted() {
        YamlException error = reject("errors/unclosed-bracket.yaml");

        assertThat(error.ruleId()).isEqualTo("yaml-syntax");
        assertThat(error.position()).isEqualTo(new Position(2, 1));
        assertThat(error.getMessage()).isEqualTo("not valid YAML: while parsing a flow sequence (started at line 1, "
                + "column 6): expected ',' or ']', but got the end of the file");
    }

    @Test
    void unclosedQuoteNamesWhereTheStringStarted() {
        YamlException error = reject("errors/unclosed-quote.yaml");

        assertThat(error.ruleId()).isEqualTo("yaml-syntax");
        assertThat(error.getMessage()).isEqualTo("not valid YAML: while scanning a quoted scalar (started at line 2, "
                + "column 15): found unexpected end of stream");
    }

    @Test
    void bytesThatAreNotUtf8AreAnEncodingError() {
        byte[] latin1 = "name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        YamlException error = reject(latin1);

        assertThat(error.ruleId()).isEqualTo("file-encoding");
        assertThat(error.getMessage()).isEqualTo("file is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void aliasThatContainsItselfIsRefused() {
        YamlException error = reject("errors/recursive-alias.yaml");

        assertThat(error.ruleId()).isEqualTo("yaml-syntax");
        assertThat(error.position()).isEqualTo(new Position(2, 12));
        assertThat(error.getMessage()).isEqualTo("recursive alias: a node contains itself");
    }

    @Test
    void documentOverEightMegabytesIsTooLarge() {
        byte[] big = new byte[YamlReader.MAX_DOCUMENT_BYTES + 1];
        Arrays.fill(big, (byte) '#');

        YamlException error = reject(big);

        assertThat(error.ruleId()).isEqualTo("file-too-large");
        assertThat(error.position()).isEqualTo(Position.START);
        assertThat(error.getMessage())
                .isEqualTo("file is 8.0 MB (8388609 bytes); Ferry reads documents of at most 8 MB (8388608 bytes)");
    }

    @Test
    void documentOfExactlyEightMegabytesIsRead() throws Exception {
        byte[] limit = new byte[YamlReader.MAX_DOCUMENT_BYTES];
        Arrays.fill(limit, (byte) ' ');
        byte[] content = "a: 1\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(content, 0, limit, 0, content.length);

        YamlDocument document = YamlReader.read(limit, "limit.yaml");

        assertThat(document.root().get("a").intValue()).isEqualTo(1);
    }

    private static YamlException reject(String fixture) {
        return reject(Fixtures.bytes(YamlReaderRejectsTest.class, fixture));
    }

    private static YamlException reject(byte[] bytes) {
        YamlException error = catchThrowableOfType(YamlException.class, () -> YamlReader.read(bytes, "x.yaml"));
        assertThat(error).as("refused").isNotNull();
        return error;
    }
}
