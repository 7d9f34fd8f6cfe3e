package dev.ferry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.Validation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code param-undefined} and {@code param-syntax}. */
class ParamRuleTest {
    @TempDir
    Path temp;

    @Test
    void paramMissingFromOneEnvironmentNamesThatEnvironment() {
        Path repo = sampleWith("param-undefined");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("assistants/order-desk.yaml:7:17: error: spec.firstMessage: param 'region' "
                + "is not defined for environment 'uat' (add it to environments.uat.params or to defaults.params) "
                + "[param-undefined]");
    }

    @Test
    void paramInDefaultsSatisfiesEveryEnvironment() {
        Path repo = sampleWith("param-undefined");
        SampleRepo.write(repo, "environments.yaml", Fixtures.text(ParamRuleTest.class,
                "param-undefined/environments.yaml").replace("defaults:\n  params:\n",
                "defaults:\n  params:\n    region: Statewide\n"));

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    @Test
    void misspeltPlaceholderIsASyntaxError() {
        Path repo = sampleWith("param-syntax");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("assistants/order-desk.yaml:9:12: error: spec.model.model: unknown "
                + "placeholder '${param.model}'; Ferry substitutes ${params.NAME} and ${secrets://PATH} "
                + "[param-syntax]");
    }

    @Test
    void javaScriptTemplateStringsPassUntouched() {
        Path repo = sampleWith("param-lookalikes");

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    private Path sampleWith(String scenario) {
        return Fixtures.overlay(ParamRuleTest.class, scenario, SampleRepo.copyInto(temp));
    }
}
