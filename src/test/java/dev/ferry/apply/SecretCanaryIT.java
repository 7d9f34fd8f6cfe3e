package dev.ferry.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ExitCode;
import dev.ferry.sandbox.FaultSpec;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.SandboxRepo;
import dev.ferry.vapi.VapiKind;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pitfall B35 through every provider: canary secrets reach the org, and nowhere else Ferry writes (the
 * run folders, the ledger, the plan file, stdout, stderr, the log); rotating one shows as a change
 * without either value and is applied.
 */
class SecretCanaryIT {
    private static final String DEV_SECRETS = "    secrets: {provider: env, prefix: DEV_}";

    @TempDir
    Path folder;

    /** The value each secret path has in the current round; the exec provider derives it from the path. */
    private final Map<String, String> values = new java.util.HashMap<>();

    private void canaries(String provider, String round) {
        for (String path : List.of("scheduler/token", "crm/api-key", "ops-dashboard/key", "webhooks/signing-key")) {
            values.put(path, "canary-" + provider + "-" + round + "-" + path.replace('/', '-'));
        }
    }

    private void configure(SandboxRepo repo, String provider, MockWebServer vault) throws IOException {
        switch (provider) {
            case "env" -> values.forEach((path, value) -> repo.set("DEV_" + path.toUpperCase().replaceAll("[^A-Z0-9]",
                    "_"), value));
            case "file" -> {
                repo.edit("environments.yaml", DEV_SECRETS, "    secrets: {provider: file, path: secrets/dev.yaml}");
                StringBuilder yaml = new StringBuilder();
                values.forEach((path, value) -> yaml.append("\"").append(path).append("\": ").append(value)
                        .append("\n"));
                SampleRepo.write(repo.root(), "secrets/dev.yaml", yaml.toString());
            }
            case "vault" -> {
                repo.edit("environments.yaml", DEV_SECRETS, "    secrets: {provider: vault, address: \""
                        + vault.url("/") + "\", mount: kv, path: dev}");
                repo.set("VAULT_TOKEN", "vault-token-for-tests");
            }
            case "exec" -> {
                repo.edit("environments.yaml", DEV_SECRETS, "    secrets: {provider: exec, command: [/bin/sh, -c, "
                        + "'printf \"%s\" \"$CANARY_STEM-$1\" | tr / -', secret-command, \"{path}\"]}");
            }
            default -> throw new IllegalArgumentException(provider);
        }
    }

    private Dispatcher vaultAnswers() {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath().replaceFirst("^/v1/kv/data/dev/", "");
                StringBuilder data = new StringBuilder();
                values.forEach((secret, value) -> {
                    if (secret.startsWith(path + "/")) {
                        data.append(data.length() == 0 ? "" : ",").append('"')
                                .append(secret.substring(path.length() + 1)).append("\":\"").append(value).append('"');
                    }
                });
                return data.length() == 0 ? new MockResponse.Builder().code(404).body("{\"errors\":[]}").build()
                        : new MockResponse.Builder().code(200).body("{\"data\":{\"data\":{" + data + "}}}").build();
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"env", "file", "vault", "exec"})
    void canarySecretsReachTheOrgAndNothingElseAndARotationShowsWithoutValues(String provider) throws Exception {
        try (MockWebServer vault = new MockWebServer(); SandboxRepo repo = SandboxRepo.start(folder, FaultSpec.NONE)) {
            vault.setDispatcher(vaultAnswers());
            vault.start(InetAddress.getLoopbackAddress(), 0);
            canaries(provider, "r1");
            repo.set("CANARY_STEM", "canary-" + provider + "-r1");
            configure(repo, provider, vault);
            List<FerryCli.Result> outputs = new ArrayList<>();

            outputs.add(repo.ferry("plan", "--env", "dev", "--out", "plan.json"));
            FerryCli.Result applied = repo.ferry("apply", "--env", "dev", "--approve");
            outputs.add(applied);

            assertThat(applied.exitCode()).as(applied.err()).isZero();
            assertThat(repo.find("dev", VapiKind.TOOL, "book_appointment").at("/server/headers/Authorization")
                    .asString()).isEqualTo(values.get("scheduler/token"));
            List<String> firstValues = List.copyOf(values.values());

            canaries(provider, "r2");
            values.put("crm/api-key", firstValues.stream().filter(v -> v.endsWith("crm-api-key")).findFirst()
                    .orElseThrow());
            repo.set("CANARY_STEM", "canary-" + provider + "-r2");
            if (provider.equals("exec")) {
                values.replaceAll((path, value) -> "canary-exec-r2-" + path.replace('/', '-'));
            }
            configureValuesOnly(repo, provider);
            FerryCli.Result rotated = repo.ferry("plan", "--env", "dev", "--detailed-exitcode");
            outputs.add(rotated);

            assertThat(rotated.exitCode()).as(rotated.err()).isEqualTo(ExitCode.DIFFERENCES);
            assertThat(rotated.out()).contains("tool/book-appointment").contains("(sensitive value changed)");
            FerryCli.Result reapplied = repo.ferry("apply", "--env", "dev", "--approve");
            outputs.add(reapplied);
            assertThat(reapplied.exitCode()).as(reapplied.err()).isZero();
            assertThat(repo.find("dev", VapiKind.TOOL, "book_appointment").at("/server/headers/Authorization")
                    .asString()).isEqualTo(values.get("scheduler/token"));
            outputs.add(repo.ferry("plan", "--env", "dev", "--detailed-exitcode"));
            assertThat(outputs.get(outputs.size() - 1).exitCode()).isZero();

            List<String> everyValue = new ArrayList<>(firstValues);
            everyValue.addAll(values.values());
            for (FerryCli.Result output : outputs) {
                for (String value : everyValue) {
                    assertThat(output.out() + output.err()).doesNotContain(value);
                }
            }
            for (Path written : written(repo.root())) {
                String text = Files.readString(written, StandardCharsets.ISO_8859_1);
                for (String value : everyValue) {
                    assertThat(text).as(written.toString()).doesNotContain(value);
                }
            }
        }
    }

    private void configureValuesOnly(SandboxRepo repo, String provider) {
        if (provider.equals("env")) {
            values.forEach((path, value) -> repo.set("DEV_" + path.toUpperCase().replaceAll("[^A-Z0-9]", "_"), value));
        } else if (provider.equals("file")) {
            StringBuilder yaml = new StringBuilder();
            values.forEach((path, value) -> yaml.append("\"").append(path).append("\": ").append(value).append("\n"));
            SampleRepo.write(repo.root(), "secrets/dev.yaml", yaml.toString());
        }
    }

    /** Everything Ferry wrote: the run folders, the ledger, the plan file and the test log. */
    private static List<Path> written(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(root.resolve(".ferry"), root.resolve("state"))) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        files.add(root.resolve("plan.json"));
        String log = System.getProperty("org.slf4j.simpleLogger.logFile");
        if (log != null && Files.isRegularFile(Path.of(log))) {
            files.add(Path.of(log));
        }
        return files;
    }
}
