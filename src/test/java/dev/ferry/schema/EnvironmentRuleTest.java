package dev.ferry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Fixtures;
import dev.ferry.testing.Validation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks on {@code environments.yaml} beyond its schema: {@code env-token}, {@code env-api},
 * {@code promotes-unknown}, {@code promotes-cycle}, {@code ignore-reason}, {@code ignore-expired}
 * and {@code ignore-until}. Each scenario is a repo holding only its {@code environments.yaml}.
 */
class EnvironmentRuleTest {
    @TempDir
    Path temp;

    @Test
    void literalTokenIsRefusedWithoutRepeatingIt() {
        Path repo = repoWith("env-token-literal");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("environments.yaml:7:12: error: environments.dev.token: must be a reference "
                + "(env:NAME, file:PATH or secrets://PATH), never the token itself [env-token]");
        assertThat(String.join("\n", lines)).doesNotContain("3f0c9a1e7b2d4c5e9f8a1b2c3d4e5f60");
    }

    @Test
    void missingTokenForARealApiIsAnErrorAtTheEnvironment() {
        Path repo = repoWith("env-token-missing");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("environments.yaml:4:3: error: environments.dev: environment 'dev' has no "
                + "token; add token: env:VAPI_TOKEN_DEV [env-token]");
    }

    @Test
    void tokenReferencesOfEveryFormPass() {
        Path repo = repoWith("env-token-references");

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    @Test
    void apiThatIsNeitherSandboxNorAUrlIsRefused() {
        Path repo = repoWith("env-api");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("environments.yaml:6:10: error: environments.dev.api: must be 'sandbox' or "
                + "an http(s) base URL (found 'api.vapi.ai') [env-api]");
    }

    @Test
    void promotionFromAnUnknownEnvironmentIsRefused() {
        Path repo = repoWith("promotes-unknown");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("environments.yaml:10:19: error: environments.uat.promotesFrom: promotes "
                + "from unknown environment 'development' [promotes-unknown]");
    }

    @Test
    void promotionLoopIsReportedForEachEnvironmentInIt() {
        Path repo = repoWith("promotes-cycle");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly(
                "environments.yaml:7:19: error: environments.dev.promotesFrom: promotion loop: environment 'dev' ends "
                        + "up promoting from itself [promotes-cycle]",
                "environments.yaml:11:19: error: environments.uat.promotesFrom: promotion loop: environment 'uat' ends "
                        + "up promoting from itself [promotes-cycle]",
                "environments.yaml:15:19: error: environments.prod.promotesFrom: promotion loop: environment 'prod' "
                        + "ends up promoting from itself [promotes-cycle]");
    }

    @Test
    void ignoreRulesNeedAReasonAValidDateAndNotToHaveExpired() {
        Path repo = repoWith("ignore-rules");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly(
                "environments.yaml:8:5: error: ignore[0]: ignore rule has no reason; say why Ferry must not manage it "
                        + "[ignore-reason]",
                "environments.yaml:14:12: error: ignore[1].until: ignore rule expired on 2026-05-31; remove it or set "
                        + "a new date [ignore-expired]",
                "environments.yaml:22:12: error: ignore[3].until: '2026-02-30' is not a date; write YYYY-MM-DD "
                        + "[ignore-until]");
    }

    private Path repoWith(String scenario) {
        return Fixtures.overlay(EnvironmentRuleTest.class, scenario, temp.resolve("platform"));
    }
}
