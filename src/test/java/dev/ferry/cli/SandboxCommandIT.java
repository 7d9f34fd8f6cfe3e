package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ChildJvm;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxOrg;
import dev.ferry.sandbox.SandboxServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ferry sandbox}: what it prints, that it serves while it runs, and how it refuses bad options. */
class SandboxCommandIT {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Integer> statusesWhileServing = new ArrayList<>();

    /** Runs {@code ferry <args>} with the sandbox's wait replaced by one request to it. */
    private int runServing(String token, String... args) {
        CommandLine ferry = new CommandLine(new FerryCommand());
        SandboxCommand sandbox = ferry.getSubcommands().get("sandbox").getCommand();
        sandbox.whileServing = server -> statusesWhileServing.add(get(server.baseUrl() + "/assistant", token));
        ferry.setOut(new PrintWriter(out, true));
        ferry.setErr(new PrintWriter(err, true));
        return ferry.execute(args);
    }

    private static int get(String url, String token) {
        try {
            return HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(java.net.URI.create(url)).header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void printsTheBaseUrlAndEachOrgsNameIdAndToken() {
        int exit = runServing("dev-token", "sandbox", "--org", "acme-dev=dev-token", "--org", "acme-uat");

        assertThat(exit).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(lines).containsSubsequence(
                "acme-dev\t" + SandboxOrg.idOf("acme-dev") + "\tdev-token",
                "acme-uat\t" + SandboxOrg.idOf("acme-uat") + "\tsandbox-acme-uat");
        assertThat(statusesWhileServing).containsExactly(200);
        assertThat(err.toString()).contains("Sandbox serving " + lines[0] + " (data in memory). Ctrl+C stops it.");
    }

    @Test
    void printsJsonWhenAsked() {
        int exit = runServing("sandbox-acme-dev", "sandbox", "--org", "acme-dev", "--output", "json");

        JsonNode printed = JsonMapper.shared().readTree(out.toString());
        assertThat(exit).isZero();
        assertThat(printed.path("baseUrl").asString()).startsWith("http://127.0.0.1:");
        assertThat(printed.path("orgs").get(0).path("token").asString()).isEqualTo("sandbox-acme-dev");
    }

    @Test
    void dataFolderKeepsOrgsForTheNextStart(@TempDir Path data) {
        runServing("sandbox-acme-dev", "sandbox", "--data", data.toString(), "--org", "acme-dev");
        assertThat(Files.isDirectory(data.resolve("orgs/acme-dev"))).isTrue();
        out.getBuffer().setLength(0);

        runServing("sandbox-acme-dev", "sandbox", "--data", data.toString());

        assertThat(out.toString()).contains("acme-dev\t" + SandboxOrg.idOf("acme-dev") + "\tsandbox-acme-dev");
    }

    @Test
    void faultsAreAnnouncedOnStderr() {
        runServing("sandbox-acme-dev", "sandbox", "--faults", "latency=0,5xx=0,seed=7");

        assertThat(err.toString()).contains("with faults latency=0,429=0.0,5xx=0.0,drop=0.0,rate=0,seed=7");
    }

    @Test
    void interruptStopsTheServerAndReleasesTheDataFolder(@TempDir Path home) throws Exception {
        Path data = home.resolve("data");
        ProcessBuilder builder =
                ChildJvm.of(Main.class, "sandbox", "--data", data.toString(), "--org", "acme-dev");
        builder.environment().put("FERRY_HOME", home.toString());
        Process ferry = builder.redirectError(home.resolve("stderr.txt").toFile()).start();
        String baseUrl;
        try (BufferedReader stdout =
                new BufferedReader(new InputStreamReader(ferry.getInputStream(), StandardCharsets.UTF_8))) {
            baseUrl = stdout.readLine();
            int status = get(baseUrl + "/assistant", "sandbox-acme-dev");

            ferry.destroy(); // SIGTERM, which runs the shutdown hooks as Ctrl+C does

            // A bound on a hung child, not a timing assertion.
            assertThat(ferry.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(status).isEqualTo(200);
        }
        assertThat(baseUrl).startsWith("http://127.0.0.1:");
        assertThat(data.resolve("port")).doesNotExist();
        try (SandboxServer next = SandboxServer.start(SandboxOptions.inFolder(data))) {
            assertThat(next.orgs()).extracting(SandboxOrg::name).containsExactly("acme-dev");
        }
    }

    @Test
    void sandboxIsListedAmongFerrysCommands() {
        StringWriter help = new StringWriter();

        int exit = Main.run(new String[] {"--help"}, new PrintWriter(help), new PrintWriter(err), Map.of());

        assertThat(exit).isZero();
        assertThat(help.toString()).contains("sandbox");
    }

    @Test
    void badFaultSpecIsAUsageErrorThatSaysWhatIsWrong() {
        int exit = Main.run(new String[] {"sandbox", "--faults", "latency=fast"}, new PrintWriter(out),
                new PrintWriter(err), Map.of());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("ferry: Invalid value for option '--faults': latency must be a whole"
                + " number of milliseconds, 0 or more (found 'fast')");
    }

    @Test
    void portOutOfRangeIsAUsageError() {
        int exit = Main.run(new String[] {"sandbox", "--port", "70000"}, new PrintWriter(out), new PrintWriter(err),
                Map.of());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("ferry: --port must be between 0 and 65535 (found 70000)\n");
    }

    @Test
    void unusableOrgNameIsAUsageError() {
        int exit = Main.run(new String[] {"sandbox", "--org", "../x"}, new PrintWriter(out), new PrintWriter(err),
                Map.of());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("ferry: --org ../x: invalid sandbox org name '../x'");
    }
}
