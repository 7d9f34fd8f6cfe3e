package dev.ferry.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ChildJvm;
import dev.ferry.cli.Main;
import dev.ferry.config.RateLimits;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxOrg;
import dev.ferry.sandbox.SandboxServer;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.ManyResources;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiEndpoint;
import dev.ferry.vapi.VapiKind;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pitfall B07 at scale: a separate JVM applying 300 resources is killed with SIGKILL part-way; the next
 * apply converges, and the org holds each object exactly once.
 */
class KilledApplyIT {
    private static final int TOOLS = 200;
    private static final int ASSISTANTS = 80;
    private static final int SQUADS = 20;

    @TempDir
    Path folder;

    @Test
    void anApplyKilledMidRunIsFinishedByTheNextWithoutOneDuplicate() throws Exception {
        Path root = folder.resolve("platform");
        int total = ManyResources.write(root, TOOLS, ASSISTANTS, SQUADS, 150, 4);
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inMemory())) {
            Map<String, String> env = new HashMap<>(Map.of("FERRY_DEV_API", server.baseUrl().toString(),
                    "FERRY_HOME", folder.resolve("home").toString()));
            ProcessBuilder child = ChildJvm.of(Main.class, "-C", root.toString(), "apply", "--env", "dev", "--approve")
                    .redirectOutput(folder.resolve("child.out").toFile())
                    .redirectError(folder.resolve("child.err").toFile());
            child.environment().putAll(env);
            Process process = child.start();
            while (server.requestCount() < 140 && process.isAlive()) {
                Thread.onSpinWait();
            }
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long madeBeforeKill = count(server, VapiKind.TOOL) + count(server, VapiKind.ASSISTANT);
            assertThat(madeBeforeKill).as("objects made before the kill").isBetween(1L, (long) total - 1);

            FerryCli.Result rerun = FerryCli.run(env, "-C", root.toString(), "apply", "--env", "dev", "--approve");

            assertThat(rerun.exitCode()).as(rerun.err()).isZero();
            assertThat(rerun.err()).contains("recovered ").contains("change(s) of an interrupted run from "
                    + ".ferry/state/dev.journal");
            for (VapiKind kind : List.of(VapiKind.TOOL, VapiKind.ASSISTANT, VapiKind.SQUAD)) {
                Map<String, Integer> names = names(server, kind);
                assertThat(names).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1));
            }
            assertThat(count(server, VapiKind.TOOL) + count(server, VapiKind.ASSISTANT) + count(server, VapiKind.SQUAD))
                    .isEqualTo(total);
            FerryCli.Result plan = FerryCli.run(env, "-C", root.toString(), "plan", "--env", "dev",
                    "--detailed-exitcode");
            assertThat(plan.exitCode()).as(plan.out()).isZero();
        }
    }

    private static long count(SandboxServer server, VapiKind kind) {
        return names(server, kind).values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<String, Integer> names(SandboxServer server, VapiKind kind) {
        try (VapiClient client = VapiClient.create(new VapiEndpoint("dev", server.baseUrl().toString(),
                SandboxOrg.defaultTokenOf("scale-dev"), new RateLimits(1000, 4)))) {
            Map<String, Integer> names = new HashMap<>();
            client.list(kind).forEach(object -> names.merge(object.path("name").isString()
                    ? object.get("name").asString() : object.path("function").path("name").asString(), 1,
                    Integer::sum));
            return names;
        }
    }
}
