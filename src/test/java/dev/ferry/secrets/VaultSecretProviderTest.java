package dev.ferry.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.testing.Fixtures;
import java.net.InetAddress;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VaultSecretProviderTest {
    private final MockWebServer vault = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        vault.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        vault.close();
    }

    private VaultSecretProvider provider(String prefix) {
        return new VaultSecretProvider(vault.url("/").toString(), "kv", prefix, "vault-token-canary",
                Duration.ofSeconds(2));
    }

    private void answer(int status, String body) {
        vault.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .body(body).build());
    }

    @Test
    void aReferenceReadsTheKvV2SecretAtItsFolderAndTakesTheLastSegmentAsKey() throws Exception {
        answer(200, Fixtures.text(getClass(), "vault-jira.json"));

        assertThat(provider("uat").lookup(SecretRef.parse("secrets://jira/token"))).contains("canary-vault-4c2e");

        RecordedRequest request = vault.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/kv/data/uat/jira");
        assertThat(request.getHeaders().get("X-Vault-Token")).isEqualTo("vault-token-canary");
    }

    @Test
    void twoKeysOfOneSecretCostOneRequest() {
        answer(200, Fixtures.text(getClass(), "vault-jira.json"));
        VaultSecretProvider provider = provider("uat");

        assertThat(provider.lookup(SecretRef.parse("secrets://jira/token"))).isPresent();
        assertThat(provider.lookup(SecretRef.parse("secrets://jira/user"))).contains("ferry-bot");
        assertThat(provider.lookup(SecretRef.parse("secrets://jira/password"))).isEmpty();
        assertThat(vault.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aSecretVaultDoesNotHaveIsMissing() {
        answer(404, "{\"errors\":[]}");

        assertThat(provider("").lookup(SecretRef.parse("secrets://crm/api-key"))).isEmpty();
    }

    @Test
    void aRefusalNamesTheSecretPathAndTheLikelyCauseButNotTheToken() {
        answer(403, "{\"errors\":[\"permission denied\"]}");

        assertThatThrownBy(() -> provider("prod").lookup(SecretRef.parse("secrets://crm/api-key")))
                .isInstanceOf(SecretLookupException.class)
                .hasMessageEndingWith("answered 403 for kv/prod/crm (is VAULT_TOKEN valid and allowed to read it?)")
                .hasMessageNotContaining("vault-token-canary");
    }

    @Test
    void withoutATokenTheProviderCannotBeMade() {
        assertThatThrownBy(() -> new VaultSecretProvider(vault.url("/").toString(), "kv", "", null,
                Duration.ofSeconds(1)))
                .hasMessage("the vault provider needs VAULT_TOKEN in the environment");
    }
}
