package dev.ferry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.Validation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ref-cycle}: creation cycles fail, handoff loops between squad members do not. */
class CycleRuleTest {
    @TempDir
    Path temp;

    @Test
    void policiesThatLayerOnEachOtherFormACycle() {
        Path repo = sampleWith("policy-cycle");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("policies/lenient.yaml:6:3: error: spec: reference cycle that no creation "
                + "order can satisfy: Policy 'lenient' -> Policy 'strict' -> Policy 'lenient' [ref-cycle]");
    }

    @Test
    void policyLayeredOnAnotherWithoutALoopPasses() {
        Path repo = sampleWith("policy-layers");

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    @Test
    void handoffLoopBetweenSquadMembersPasses() {
        Path repo = sampleWith("handoff-loop");

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    private Path sampleWith(String scenario) {
        return Fixtures.overlay(CycleRuleTest.class, scenario, SampleRepo.copyInto(temp));
    }
}
