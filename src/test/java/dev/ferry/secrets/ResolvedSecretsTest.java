package dev.ferry.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.FerryException;
import dev.ferry.config.ProcessEnv;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResolvedSecretsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Fingerprints FINGERPRINTS = new Fingerprints("api-token-dev");
    private static final JsonNode PAYLOAD = JSON.readTree("""
            {"server": {"url": "https://hooks.example/x?key=${secrets://hooks/key}",
                        "headers": {"Authorization": "Bearer ${secrets://jira/token}", "X-Tenant": "acme"}}}
            """);

    private static ResolvedSecrets resolved(String jira, String hooks) {
        ProcessEnv env = ProcessEnv.of(Map.of("DEV_JIRA_TOKEN", jira, "DEV_HOOKS_KEY", hooks));
        return new SecretResolver("dev", () -> new EnvSecretProvider("DEV_", env))
                .resolve(ResolvedSecrets.refsIn(PAYLOAD), FINGERPRINTS);
    }

    @Test
    void substitutionFillsEveryPlaceholderAndLeavesThePayloadAlone() {
        JsonNode sent = resolved("canary-jira-31", "canary-hooks-42").substitute(PAYLOAD);

        assertThat(sent.at("/server/headers/Authorization").asString()).isEqualTo("Bearer canary-jira-31");
        assertThat(sent.at("/server/url").asString()).isEqualTo("https://hooks.example/x?key=canary-hooks-42");
        assertThat(PAYLOAD.toString()).doesNotContain("canary");
    }

    @Test
    void aLiveObjectScrubbedShowsReferencesWhereTheValuesWere() {
        ResolvedSecrets secrets = resolved("canary-jira-31", "canary-hooks-42");

        JsonNode scrubbed = secrets.scrub(secrets.substitute(PAYLOAD));

        assertThat(scrubbed).isEqualTo(PAYLOAD);
    }

    @Test
    void aRotatedSecretChangesTheFingerprintOfItsTemplate() {
        Map<String, String> before = resolved("canary-jira-31", "canary-hooks-42").fingerprintsOf(PAYLOAD);
        Map<String, String> after = resolved("canary-jira-32", "canary-hooks-42").fingerprintsOf(PAYLOAD);

        assertThat(before.keySet()).containsExactlyInAnyOrder("Bearer ${secrets://jira/token}",
                "https://hooks.example/x?key=${secrets://hooks/key}");
        assertThat(after.get("Bearer ${secrets://jira/token}"))
                .isNotEqualTo(before.get("Bearer ${secrets://jira/token}"));
        assertThat(after.get("https://hooks.example/x?key=${secrets://hooks/key}"))
                .isEqualTo(before.get("https://hooks.example/x?key=${secrets://hooks/key}"));
        assertThat(before.toString()).doesNotContain("canary");
    }

    @Test
    void theMaskerKnowsAnOldValueByTheFingerprintTheLedgerKept() {
        Map<String, String> ledger = resolved("canary-jira-31", "h-1").fingerprintsOf(PAYLOAD);
        ResolvedSecrets rotated = resolved("canary-jira-32", "h-1");

        assertThat(rotated.masker(ledger).referenceFor("Bearer canary-jira-31"))
                .contains("Bearer ${secrets://jira/token}");
        assertThat(rotated.masker(Map.of()).referenceFor("Bearer canary-jira-32"))
                .contains("Bearer ${secrets://jira/token}");
        assertThat(rotated.masker(Map.of()).referenceFor("Bearer somebody-else")).isEmpty();
    }

    @Test
    void everyMissingReferenceIsNamedWithWhereItWasLookedForAndNoValueIsShown() {
        ProcessEnv env = ProcessEnv.of(Map.of("DEV_HOOKS_KEY", "canary-hooks-42"));
        SecretResolver resolver = new SecretResolver("dev", () -> new EnvSecretProvider("DEV_", env));

        assertThatThrownBy(() -> resolver.resolve(List.of(SecretRef.parse("secrets://jira/token"),
                SecretRef.parse("secrets://hooks/key"), SecretRef.parse("secrets://crm/api-key")), FINGERPRINTS))
                .isInstanceOf(FerryException.class)
                .hasMessage("dev: 2 secret reference(s) cannot be resolved; nothing was written:\n"
                        + "  secrets://crm/api-key is not set (looked for $DEV_CRM_API_KEY)\n"
                        + "  secrets://jira/token is not set (looked for $DEV_JIRA_TOKEN)");
    }

    @Test
    void aReferenceThatWouldLeaveItsFolderIsNotAReference() {
        assertThatThrownBy(() -> SecretRef.parse("secrets://../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
