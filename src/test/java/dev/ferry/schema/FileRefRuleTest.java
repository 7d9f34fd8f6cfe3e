package dev.ferry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.Validation;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code file-missing}, {@code file-outside-repo}, {@code file-too-large} and {@code file-not-policy}. */
class FileRefRuleTest {
    @TempDir
    Path temp;

    @Test
    void promptThatDoesNotExistIsMissing() {
        Path repo = sampleWith("file-missing");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("assistants/order-desk.yaml:7:20: error: spec.systemPromptRef: file "
                + "'prompts/order-desk.md' does not exist [file-missing]");
    }

    @Test
    void knowledgeFileThatDoesNotExistIsMissing() {
        Path repo = sampleWith("file-missing-knowledge");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("knowledge/returns.yaml:8:7: error: spec.files[0]: file "
                + "'knowledge/returns/policy.md' does not exist [file-missing]");
    }

    @Test
    void absoluteSchemaPathIsOutsideTheRepo() {
        Path repo = sampleWith("file-outside-repo");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("tools/crm-lite.yaml:12:18: error: spec.operations.create-note.schemaRef: "
                + "'/etc/hostname' points outside the platform repo; referenced files must stay inside it "
                + "[file-outside-repo]");
    }

    @Test
    void knowledgeFileOverOneMegabyteIsTooLarge() {
        Path repo = sampleWith("file-too-large");
        byte[] manual = new byte[1024 * 1024 + 1];
        Arrays.fill(manual, (byte) 'x');
        SampleRepo.write(repo, "knowledge/manuals/boiler.md", manual);

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("knowledge/manuals.yaml:8:7: error: spec.files[0]: file "
                + "'knowledge/manuals/boiler.md' is 1.0 MB (1048577 bytes); referenced files may be at most 1 MB "
                + "(1048576 bytes) [file-too-large]");
    }

    @Test
    void knowledgeFileOfExactlyOneMegabytePasses() {
        Path repo = sampleWith("file-too-large");
        byte[] manual = new byte[1024 * 1024];
        Arrays.fill(manual, (byte) 'x');
        SampleRepo.write(repo, "knowledge/manuals/boiler.md", manual);

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    @Test
    void safetyPolicyRefToAFileThatIsNoPolicyIsRefused() {
        Path repo = sampleWith("file-not-policy");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("assistants/order-desk.yaml:7:20: error: spec.safetyPolicyRef: "
                + "'prompts/front-desk.md' is not a Policy document under policies/ [file-not-policy]");
    }

    @Test
    void safetyPolicyRefSpelledWithDotSegmentsStillFindsThePolicy() {
        Path repo = sampleWith("policy-path-spelled-differently");

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    private Path sampleWith(String scenario) {
        return Fixtures.overlay(FileRefRuleTest.class, scenario, SampleRepo.copyInto(temp));
    }
}
