package dev.ferry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.Validation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code secret-syntax} and {@code secret-literal}: secrets are references, never values. */
class SecretRuleTest {
    @TempDir
    Path temp;

    @Test
    void malformedReferencesAreSyntaxErrors() {
        Path repo = sampleWith("secret-syntax");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly(
                "tools/jira.yaml:9:12: error: spec.authRef: must be a secrets://path reference (found 'jira-token') "
                        + "[secret-syntax]",
                "tools/jira.yaml:13:20: error: spec.server.headers.X-Signature: malformed secret reference "
                        + "'${secrets:/webhooks/jira}'; write ${secrets://path/to/secret} with letters, digits, "
                        + "'.', '_' and '-' [secret-syntax]");
    }

    @Test
    void literalKeysAndTokensAreRefused() {
        Path repo = sampleWith("secret-literal");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly(
                "tools/jira.yaml:9:12: error: spec.authRef: holds what looks like a literal key or token; write a "
                        + "reference such as secrets://jira/token [secret-literal]",
                "tools/jira.yaml:12:13: error: spec.server.secret: holds a literal secret; write ${secrets://PATH} and "
                        + "keep the value in the environment's secret store [secret-literal]",
                "tools/jira.yaml:14:22: error: spec.server.headers.Authorization: header 'Authorization' holds a "
                        + "literal secret; write ${secrets://PATH} or use authRef [secret-literal]",
                "tools/jira.yaml:15:25: error: spec.server.headers.X-Forwarded-Auth: header 'X-Forwarded-Auth' holds "
                        + "a literal secret; write ${secrets://PATH} or use authRef [secret-literal]",
                "tools/jira.yaml:16:18: error: spec.server.headers.X-Session: header 'X-Session' holds a literal "
                        + "secret; write ${secrets://PATH} or use authRef [secret-literal]");
    }

    @Test
    void literalInAnApiRequestHeaderSchemaIsRefused() {
        Path repo = sampleWith("secret-literal-request-headers");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("tools/policy-lookup.yaml:18:16: error: "
                + "spec.headers.properties.Authorization.value: header 'Authorization' holds a literal secret; write "
                + "${secrets://PATH} or use authRef [secret-literal]");
    }

    @Test
    void secretReferencesAndLiquidTemplatesPass() {
        Path repo = sampleWith("secret-references");

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    private Path sampleWith(String scenario) {
        return Fixtures.overlay(SecretRuleTest.class, scenario, SampleRepo.copyInto(temp));
    }
}
