package dev.ferry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.Validation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code slug-format}, {@code name-length} (40 code points) and {@code function-name}. */
class NameRuleTest {
    @TempDir
    Path temp;

    @Test
    void slugWithCapitalsOrUnderscoresIsRefused() {
        Path repo = sampleWith("slug-format");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("assistants/front-desk-two.yaml:4:9: error: metadata.name: slug 'Front_Desk' "
                + "must be 1-40 lower-case letters, digits and dashes, starting with a letter or digit [slug-format]");
    }

    @Test
    void slugOverFortyCharactersIsRefused() {
        Path repo = sampleWith("slug-too-long");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("assistants/long-slug.yaml:4:9: error: metadata.name: slug "
                + "'larkspur-emergency-plumbing-dispatch-desk' must be 1-40 lower-case letters, digits and dashes, "
                + "starting with a letter or digit [slug-format]");
    }

    @Test
    void assistantNameOfFortyOneCharactersIsTooLong() {
        Path repo = sampleWith("name-too-long");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("assistants/dispatch.yaml:6:9: error: spec.name: name must be at most 40 "
                + "characters (found 41); Vapi refuses longer Assistant names [name-length]");
    }

    @Test
    void structuredOutputNameOfFortyThreeCharactersIsTooLong() {
        Path repo = sampleWith("structured-output-name-too-long");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("structured-outputs/long.yaml:6:9: error: spec.name: name must be at most 40 "
                + "characters (found 43); Vapi refuses longer StructuredOutput names [name-length]");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"name-at-limit", "name-at-limit-with-emoji"})
    void nameOfFortyCodePointsPasses(String scenario) {
        Path repo = sampleWith(scenario);

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    @Test
    void functionNameWithSpacesIsRefused() {
        Path repo = sampleWith("function-name");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("tools/book-visit.yaml:8:11: error: spec.function.name: must be 1-64 "
                + "letters, digits, '_' or '-' (found 'book a visit') [function-name]");
    }

    @Test
    void functionNameOfLettersDigitsUnderscoresAndDashesPasses() {
        Path repo = sampleWith("function-name-valid");

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    private Path sampleWith(String scenario) {
        return Fixtures.overlay(NameRuleTest.class, scenario, SampleRepo.copyInto(temp));
    }
}
