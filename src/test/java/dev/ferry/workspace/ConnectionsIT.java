package dev.ferry.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.FerryException;
import dev.ferry.config.Access;
import dev.ferry.config.Environment;
import dev.ferry.config.RateLimits;
import dev.ferry.config.SecretsSettings;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxServer;
import dev.ferry.vapi.VapiKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ConnectionsIT {
    @TempDir
    Path repo;

    private static Environment environment(String name, String api, String token) {
        return new Environment(name, "acme-" + name, null, api, token, Access.WRITE, null, false,
                SecretsSettings.NONE, Map.of(), new RateLimits(100, 4));
    }

    private static ObjectNode assistant(String name) {
        return JsonNodeFactory.instance.objectNode().put("name", name);
    }

    @Test
    void sandboxEnvironmentsKeepTheirObjectsUnderTheRepoBetweenRuns() {
        Environment dev = environment("dev", "sandbox", null);

        try (Connections first = new Connections(repo, Map.of())) {
            first.client(dev).create(VapiKind.ASSISTANT, assistant("Front Desk"));
        }

        try (Connections second = new Connections(repo, Map.of())) {
            assertThat(second.client(dev).list(VapiKind.ASSISTANT)).extracting(a -> a.get("name").asString())
                    .containsExactly("Front Desk");
        }
        assertThat(Files.isDirectory(repo.resolve(".ferry/sandbox"))).isTrue();
    }

    @Test
    void aSecondProcessOnTheSameRepoTalksToTheSandboxTheFirstOneServes() {
        Environment dev = environment("dev", "sandbox", null);

        try (Connections owner = new Connections(repo, Map.of());
                Connections guest = new Connections(repo, Map.of())) {
            owner.client(dev).create(VapiKind.ASSISTANT, assistant("Shared"));

            assertThat(guest.endpoint(dev).baseUrl()).isEqualTo(owner.endpoint(dev).baseUrl());
            assertThat(guest.client(dev).list(VapiKind.ASSISTANT)).hasSize(1);
        }
    }

    @Test
    void environmentsAreSeparateOrgs() {
        try (Connections connections = new Connections(repo, Map.of())) {
            connections.client(environment("dev", "sandbox", null)).create(VapiKind.ASSISTANT, assistant("Dev only"));

            assertThat(connections.client(environment("uat", "sandbox", null)).list(VapiKind.ASSISTANT)).isEmpty();
        }
    }

    @Test
    void ferryEnvApiOverridesTheEnvironmentsApiForOneRun() {
        try (SandboxServer other = SandboxServer.start(SandboxOptions.inMemory());
                Connections connections = new Connections(repo,
                        Map.of("FERRY_UAT_API", other.baseUrl().toString()))) {
            Environment uat = environment("uat", "https://api.vapi.ai", null);

            connections.client(uat).create(VapiKind.ASSISTANT, assistant("Pointed elsewhere"));

            assertThat(connections.endpoint(uat).baseUrl()).isEqualTo(other.baseUrl().toString());
            assertThat(other.org("acme-uat")).isNotNull();
            assertThat(Files.exists(repo.resolve(".ferry/sandbox"))).isFalse();
        }
    }

    @Test
    void aTokenFromTheEnvironmentIsSentAndItsValueNeverAppearsInMessages() {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inMemory())) {
            server.addOrg("acme-dev", "canary-token-5f2a9c");
            Environment dev = environment("dev", server.baseUrl().toString(), "env:VAPI_TOKEN_DEV");

            try (Connections right = new Connections(repo, Map.of("VAPI_TOKEN_DEV", "canary-token-5f2a9c"))) {
                assertThat(right.client(dev).list(VapiKind.ASSISTANT)).isEmpty();
            }
            try (Connections wrong = new Connections(repo, Map.of("VAPI_TOKEN_DEV", "wrong-token-77"))) {
                assertThatThrownBy(() -> wrong.client(dev).list(VapiKind.ASSISTANT))
                        .isInstanceOf(FerryException.class)
                        .hasMessageContaining("dev")
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-token-77"));
            }
        }
    }

    @Test
    void aMissingTokenVariableIsNamed() {
        Environment prod = environment("prod", "https://api.vapi.ai", "env:VAPI_TOKEN_PROD");

        try (Connections connections = new Connections(repo, Map.of())) {
            assertThatThrownBy(() -> connections.endpoint(prod))
                    .isInstanceOf(FerryException.class)
                    .hasMessage("prod: token env:VAPI_TOKEN_PROD is not set; export VAPI_TOKEN_PROD with the "
                            + "environment's private API key");
        }
    }

    @Test
    void theOverrideVariableNameFollowsTheEnvironmentName() {
        assertThat(Connections.overrideVariable("eu-prod")).isEqualTo("FERRY_EU_PROD_API");
    }
}
