package dev.ferry.apply;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Access;
import dev.ferry.config.Environment;
import dev.ferry.config.ProcessEnv;
import dev.ferry.config.RateLimits;
import dev.ferry.config.SecretsSettings;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardsTest {
    private static Environment environment(Access access) {
        return new Environment("uat", "acme-uat", null, "sandbox", null, access, "dev", false, SecretsSettings.NONE,
                Map.of(), RateLimits.DEFAULT);
    }

    @Test
    void ciOnlyNeedsAllThreeAndTheProcessEnvironmentDecidesWhatCiIs() {
        ProcessEnv ci = ProcessEnv.of(Map.of("CI", "true"));
        ProcessEnv laptop = ProcessEnv.of(Map.of("CI", "false"));

        assertThatCode(() -> Guards.access(environment(Access.CI_ONLY), ci, true, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Guards.access(environment(Access.CI_ONLY), laptop, true, true))
                .hasMessage("uat: access is ci-only; a write needs CI=true, a saved plan and --approve, and this run "
                        + "lacks CI=true [access]");
        assertThatThrownBy(() -> Guards.access(environment(Access.CI_ONLY), ci, false, false))
                .hasMessageEndingWith("lacks a saved plan (--plan), --approve [access]")
                .extracting(e -> ((FerryException) e).exitCode()).isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void writeAccessNeedsNoneOfThem() {
        assertThatCode(() -> Guards.access(environment(Access.WRITE), ProcessEnv.of(Map.of()), false, false))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnknownConfirmationIsAUsageErrorThatListsTheKnownOnes() {
        assertThatThrownBy(() -> Guards.confirmations(Set.of("monitoring", "yolo")))
                .hasMessage("unknown --confirm item(s) yolo; use empty-org, expected-changes, mass-delete, monitoring")
                .extracting(e -> ((FerryException) e).exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
