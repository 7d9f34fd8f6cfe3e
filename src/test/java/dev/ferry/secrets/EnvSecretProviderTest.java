package dev.ferry.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.ProcessEnv;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvSecretProviderTest {
    private final ProcessEnv env = ProcessEnv.of(Map.of("DEV_JIRA_TOKEN", "canary-env-1", "DEV_CRM_API_KEY", "k2"));

    @Test
    void aReferenceIsTheEnvironmentsPrefixAndItsPathUpperCased() {
        EnvSecretProvider provider = new EnvSecretProvider("DEV_", env);

        assertThat(provider.lookup(SecretRef.parse("secrets://jira/token"))).contains("canary-env-1");
        assertThat(provider.lookup(SecretRef.parse("secrets://crm/api-key"))).contains("k2");
        assertThat(provider.whereFor(SecretRef.parse("secrets://crm/api-key"))).isEqualTo("$DEV_CRM_API_KEY");
    }

    @Test
    void aVariableThatIsNotSetIsMissingNotAnError() {
        EnvSecretProvider provider = new EnvSecretProvider("UAT_", env);

        assertThat(provider.lookup(SecretRef.parse("secrets://jira/token"))).isEmpty();
    }
}
