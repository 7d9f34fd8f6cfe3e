package dev.ferry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.Validation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code yaml-ambiguous}: plain scalars that mean one thing to Ferry and another to other YAML readers. */
class AmbiguousScalarRuleTest {
    @TempDir
    Path temp;

    @Test
    void spellingsOtherReadersRetypeAreWarnedAboutWithTheFix() {
        Path repo = Fixtures.overlay(AmbiguousScalarRuleTest.class, "ambiguous", SampleRepo.copyInto(temp));

        ValidationReport report = Validation.of(repo);

        assertThat(Validation.lines(report)).containsExactly(
                "assistants/order-desk.yaml:6:11: warning: metadata.labels.tier: 'Yes' is the string \"Yes\" for Ferry "
                        + "but a boolean for YAML 1.1 readers; write \"Yes\" if you mean the text, or true for a "
                        + "boolean [yaml-ambiguous]",
                "assistants/order-desk.yaml:7:15: warning: metadata.labels.reviewed: 'True' is the string \"True\" "
                        + "for Ferry but a boolean for YAML 1.2 core-schema readers; write \"True\" if you mean the "
                        + "text, or true for a boolean [yaml-ambiguous]",
                "assistants/order-desk.yaml:11:17: warning: spec.firstMessage: '~' is the string \"~\" for Ferry but "
                        + "null for most YAML readers; write \"~\" if you mean the text, or null for nothing "
                        + "[yaml-ambiguous]",
                "assistants/order-desk.yaml:13:16: warning: spec.metadata.extension: '0x1F' is the string \"0x1F\" "
                        + "for Ferry but a number for YAML 1.2 core-schema readers; write \"0x1F\" if you mean the "
                        + "text, or 31 for a number [yaml-ambiguous]",
                "assistants/order-desk.yaml:14:12: warning: spec.metadata.limit: '.inf' is the string \".inf\" for "
                        + "Ferry but a number for YAML 1.2 core-schema readers; write \".inf\" if you mean the text "
                        + "[yaml-ambiguous]");
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void sampleRepoHasNoAmbiguousScalars() {
        Path repo = SampleRepo.copyInto(temp);

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }
}
