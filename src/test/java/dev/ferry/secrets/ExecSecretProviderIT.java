package dev.ferry.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs real processes through /bin/sh, so it is an IT. */
class ExecSecretProviderIT {
    private static ExecSecretProvider provider(String script, Duration timeout) {
        return new ExecSecretProvider(List.of("/bin/sh", "-c", script, "secret-command", "prod/{path}"), timeout,
                Map.of("CANARY_SEED", "7c"));
    }

    @Test
    void theCommandsOutputIsTheSecretWithItsFinalLineBreakRemoved() {
        ExecSecretProvider provider = provider("printf 'canary-exec-%s-%s\\n' \"$CANARY_SEED\" \"$1\"",
                Duration.ofSeconds(10));

        assertThat(provider.lookup(SecretRef.parse("secrets://jira/token")))
                .contains("canary-exec-7c-prod/jira/token");
    }

    @Test
    void emptyOutputIsMissing() {
        assertThat(provider("true", Duration.ofSeconds(10)).lookup(SecretRef.parse("secrets://jira/token")))
                .isEmpty();
    }

    @Test
    void aFailingCommandIsNamedWithItsExitCodeAndNothingItPrinted() {
        ExecSecretProvider provider = provider("echo canary-leak-9; echo canary-leak-9 >&2; exit 3",
                Duration.ofSeconds(10));

        assertThatThrownBy(() -> provider.lookup(SecretRef.parse("secrets://jira/token")))
                .hasMessage("secrets command '/bin/sh' exited with 3 for secrets://jira/token");
    }

    @Test
    void aCommandThatHangsIsStoppedAtItsTimeout() {
        ExecSecretProvider provider = provider("exec sleep 30", Duration.ofMillis(300));

        assertThatThrownBy(() -> provider.lookup(SecretRef.parse("secrets://jira/token")))
                .hasMessage("secrets command '/bin/sh' took longer than 0.3 s for secrets://jira/token");
    }
}
