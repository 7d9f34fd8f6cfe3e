package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ChildJvm;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code api: sandbox}: one process owns a repo's sandbox folder, others join it over loopback. */
class SandboxHostIT {
    @TempDir
    Path repo;

    private Path folder() {
        return repo.resolve(SandboxHost.REPO_FOLDER);
    }

    @Test
    void firstProcessOwnsTheFolderAndWritesItsPort() throws IOException {
        try (SandboxHost host = SandboxHost.forRepo(repo, SandboxOptions.inMemory())) {
            assertThat(host.isOwner()).isTrue();
            assertThat(Files.readString(folder().resolve("port")).trim())
                    .isEqualTo(Integer.toString(host.baseUrl().getPort()));
            assertThat(folder().resolve("lock")).exists();
        }
    }

    @Test
    void secondHostJoinsTheOwnerAndSeesTheSameData() {
        try (SandboxHost owner = SandboxHost.forRepo(repo, SandboxOptions.inMemory());
                SandboxHost second = SandboxHost.forRepo(repo, SandboxOptions.inMemory())) {
            SandboxOrg org = owner.org("acme-dev", null);
            String id = new SandboxClient(owner.baseUrl(), org.token()).post("/assistant", "{}").id();

            SandboxOrg joined = second.org("acme-dev", null);

            assertThat(second.isOwner()).isFalse();
            assertThat(second.baseUrl()).isEqualTo(owner.baseUrl());
            assertThat(new SandboxClient(second.baseUrl(), joined.token()).get("/assistant/" + id).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void joiningHostRegistersItsEnvironmentTokenWithTheOwner() {
        try (SandboxHost owner = SandboxHost.forRepo(repo, SandboxOptions.inMemory());
                SandboxHost second = SandboxHost.forRepo(repo, SandboxOptions.inMemory())) {

            SandboxOrg org = second.org("acme-uat", "uat-token-from-the-environment");

            assertThat(org.id()).isEqualTo(SandboxOrg.idOf("acme-uat"));
            assertThat(new SandboxClient(owner.baseUrl(), "uat-token-from-the-environment").get("/tool").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void stalePortFileOfADeadOwnerIsTakenOver() throws IOException {
        Files.createDirectories(folder());
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        Files.writeString(folder().resolve("port"), deadPort + "\n");

        try (SandboxHost host = SandboxHost.forRepo(repo, SandboxOptions.inMemory())) {
            assertThat(host.isOwner()).isTrue();
            assertThat(host.baseUrl().getPort()).isNotEqualTo(deadPort);
            assertThat(Files.readString(folder().resolve("port")).trim())
                    .isEqualTo(Integer.toString(host.baseUrl().getPort()));
        }
    }

    @Test
    void afterTheOwnerClosesTheNextHostOwnsTheFolderAndKeepsTheData() {
        String id;
        try (SandboxHost first = SandboxHost.forRepo(repo, SandboxOptions.inMemory())) {
            id = new SandboxClient(first.baseUrl(), first.org("acme-dev", null).token()).post("/assistant", "{}").id();
        }

        try (SandboxHost next = SandboxHost.forRepo(repo, SandboxOptions.inMemory())) {
            assertThat(next.isOwner()).isTrue();
            assertThat(new SandboxClient(next.baseUrl(), next.org("acme-dev", null).token())
                    .get("/assistant/" + id).status()).isEqualTo(200);
        }
    }

    @Test
    void anotherProcessJoinsTheOwnerOverLoopback() throws IOException, InterruptedException {
        try (SandboxHost owner = SandboxHost.forRepo(repo, SandboxOptions.inMemory())) {
            Process child = ChildJvm.of(SandboxHostProbe.class, folder().toString(), "acme-dev", "child-token")
                    .redirectErrorStream(true)
                    .start();
            // A bound on a hung child, not a timing assertion.
            assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(output).contains("owner=false", "baseUrl=" + owner.baseUrl(), "status=201");
            assertThat(new SandboxClient(owner.baseUrl(), "child-token").get("/assistant").body().get(0)
                    .path("name").asString()).isEqualTo("From child");
        }
    }
}
