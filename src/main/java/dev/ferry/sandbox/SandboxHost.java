package dev.ferry.sandbox;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox behind an {@code api: sandbox} environment. The first Ferry process to open a repo's
 * {@code .ferry/sandbox/} folder owns it: it takes the folder's lock, serves the data in-process and
 * writes its port. Any other process finds the lock taken, reads the port and talks to the owner over
 * loopback. A port file left by an owner that died is stale: its lock is free, so the next process
 * simply takes over.
 */
public final class SandboxHost implements AutoCloseable {
    /** The sandbox folder inside a platform repo. */
    public static final Path REPO_FOLDER = Path.of(".ferry", "sandbox");

    private static final Duration OWNER_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final SandboxServer server;
    private final URI baseUrl;
    private final HttpClient http;

    private SandboxHost(SandboxServer server, URI baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
        this.http = server == null ? HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build() : null;
    }

    /**
     * Owns {@code folder}, or joins its owner. Blocks for at most ten seconds while a new owner is
     * still starting up. The options' own data folder is ignored: the sandbox is always {@code folder}.
     *
     * @throws FerryException when the folder cannot be used, or its owner holds the lock but never answers
     */
    public static SandboxHost open(Path folder, SandboxOptions options) {
        Instant deadline = Instant.now().plus(OWNER_WAIT);
        while (true) {
            Optional<DataFolder> owned;
            try {
                owned = DataFolder.tryOpen(folder);
            } catch (IOException e) {
                throw new FerryException(ExitCode.ERROR, "cannot open sandbox folder " + folder + ": " + e, e);
            }
            if (owned.isPresent()) {
                DataFolder data = owned.get();
                SandboxServer server =
                        SandboxServer.start(options.withDataFolder(data.root()), data, Faults.Sleeper.THREAD);
                return new SandboxHost(server, server.baseUrl());
            }
            Optional<URI> owner = findOwner(folder);
            if (owner.isPresent()) {
                return new SandboxHost(null, owner.get());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new FerryException(ExitCode.ERROR, "sandbox folder " + folder + " is locked by another Ferry"
                        + " process, but no sandbox answers on the port it wrote; stop that process and try again");
            }
            pause();
        }
    }

    /** {@link #open} on {@code <repo>/.ferry/sandbox}. */
    public static SandboxHost forRepo(Path repoRoot, SandboxOptions options) {
        return open(repoRoot.resolve(REPO_FOLDER), options);
    }

    /** True when this process serves the folder; false when it talks to another process's sandbox. */
    public boolean isOwner() {
        return server != null;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Makes sure org {@code name} exists and accepts {@code token} (null: its default token), in this
     * process or at the owner, and returns it. The latest registration of a name wins.
     */
    public SandboxOrg org(String name, String token) {
        if (server != null) {
            return server.addOrg(name, token);
        }
        SandboxOrg org = SandboxOrg.of(name, token);
        HttpRequest request = HttpRequest.newBuilder(
                        baseUrl.resolve("/" + Routes.ADMIN + "/org/" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + org.token())
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() != 200) {
            JsonNode body = Json.readBody(response.body());
            throw new FerryException(ExitCode.ERROR, "the sandbox at " + baseUrl + " refused org '" + name + "': "
                    + body.path("message").asString("status " + response.statusCode()));
        }
        return org;
    }

    /** Stops the in-process server and releases the folder; a joining host has nothing to release. */
    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    /** The owner's base URL, if the port file names a sandbox that serves this very folder. */
    private static Optional<URI> findOwner(Path folder) {
        Optional<Integer> port = DataFolder.readPort(folder);
        if (port.isEmpty()) {
            return Optional.empty();
        }
        URI base = URI.create("http://127.0.0.1:" + port.get());
        HttpClient client = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
        try {
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(base.resolve("/" + Routes.ADMIN + "/health")).timeout(REQUEST_TIMEOUT)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String served = Json.readBody(response.body()).path("dataFolder").asString("");
            return served.equals(folder.toRealPath().toString()) ? Optional.of(base) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Nothing there, or something else: a stale port from an earlier owner.
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FerryException(ExitCode.ERROR, "interrupted while joining the sandbox in " + folder, e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "the sandbox at " + baseUrl + " does not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FerryException(ExitCode.ERROR, "interrupted while talking to the sandbox at " + baseUrl, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FerryException(ExitCode.ERROR, "interrupted while waiting for the sandbox owner", e);
        }
    }
}
