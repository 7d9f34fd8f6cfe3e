package dev.ferry.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.Access;
import dev.ferry.config.Environment;
import dev.ferry.config.RateLimits;
import dev.ferry.config.SecretsSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenResolverTest {
    @TempDir
    Path repo;

    private static Environment withToken(String token) {
        return new Environment("dev", "acme-dev", null, "https://api.example.test", token, Access.WRITE, null, false,
                new SecretsSettings("env", Map.of("prefix", "DEV_")), Map.of(), RateLimits.DEFAULT);
    }

    @Test
    void aSecretsReferenceTokenComesFromTheEnvironmentsProvider() {
        TokenResolver tokens = new TokenResolver(repo, Map.of("DEV_VAPI_TOKEN", "canary-token-41 \n"));

        assertThat(tokens.resolve(withToken("secrets://vapi/token"))).contains("canary-token-41");
    }

    @Test
    void aMissingSecretsReferenceTokenSaysWhereItWasLookedFor() {
        TokenResolver tokens = new TokenResolver(repo, Map.of());

        assertThatThrownBy(() -> tokens.resolve(withToken("secrets://vapi/token")))
                .hasMessage("dev: token secrets://vapi/token is not set (looked for $DEV_VAPI_TOKEN)");
    }
}
