package dev.ferry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.Validation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slug-duplicate} and {@code name-duplicate}. */
class DuplicateRuleTest {
    @TempDir
    Path temp;

    @Test
    void secondDocumentOfAKindWithTheSameSlugIsAnError() {
        Path repo = sampleWith("slug-duplicate");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("tools/hang-up.yaml:4:9: error: metadata.name: Tool slug 'end-call' is "
                + "already used by tools/end-call.yaml [slug-duplicate]");
    }

    @Test
    void secondDocumentOfAKindWithTheSameLiveNameIsAnError() {
        Path repo = sampleWith("name-duplicate");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("assistants/greeter.yaml:6:9: error: spec.name: Assistant live name "
                + "'Larkspur Front Desk' is already used by assistants/front-desk.yaml; Ferry matches live objects by "
                + "name [name-duplicate]");
    }

    @Test
    void sameSlugInAnotherKindPasses() {
        Path repo = sampleWith("same-slug-other-kind");

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    private Path sampleWith(String scenario) {
        return Fixtures.overlay(DuplicateRuleTest.class, scenario, SampleRepo.copyInto(temp));
    }
}
