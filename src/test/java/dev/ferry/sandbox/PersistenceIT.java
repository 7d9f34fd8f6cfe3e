package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.FerryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A data folder keeps every object across restarts, one file per object, owned by one server at a time. */
class PersistenceIT {
    @TempDir
    Path data;

    @Test
    void restartOnTheSameFolderKeepsEveryObject() {
        JsonNode before;
        String assistant;
        String file;
        String base;
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inFolder(data))) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));
            assistant = client.post("/assistant", Fixtures.read("assistant.json")).id();
            client.post("/squad", Fixtures.read("squad.json"));
            client.post("/structured-output", Fixtures.read("structured-output.json"));
            file = FileUploadIT.upload(client, "faq.md", "faq".getBytes(), "knowledge-base-v2", null).id();
            base = client.post("/v2/knowledge-base", Fixtures.read("knowledge-base-v2.json")).id();
            client.post("/v2/knowledge-base/" + base + "/file", "{\"fileId\": \"" + file + "\"}");
            client.patch("/assistant/" + assistant, "{\"voicemailMessage\": null, \"firstMessage\": \"Hello\"}");
            before = client.get("/assistant/" + assistant).body();
        }

        try (SandboxServer server = SandboxServer.start(SandboxOptions.inFolder(data))) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));

            assertThat(client.get("/assistant/" + assistant).body()).isEqualTo(before);
            assertThat(client.get("/squad").body().size()).isEqualTo(1);
            assertThat(client.get("/structured-output").body().path("results").size()).isEqualTo(1);
            assertThat(client.get("/file/" + file).status()).isEqualTo(200);
            assertThat(client.get("/v2/knowledge-base/" + base + "/file").body().size()).isEqualTo(1);
        }
    }

    @Test
    void orgsFoundInTheFolderAreServedWithTheirDefaultTokenAfterARestart() {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inFolder(data))) {
            SandboxClient.of(server, server.addOrg("acme-dev", "dev-token")).post("/assistant", "{}");
        }

        try (SandboxServer server = SandboxServer.start(SandboxOptions.inFolder(data))) {
            assertThat(server.orgs()).extracting(SandboxOrg::name).containsExactly("acme-dev");
            assertThat(new SandboxClient(server.baseUrl(), "sandbox-acme-dev").get("/assistant").body().size())
                    .isEqualTo(1);
        }
    }

    @Test
    void deleteRemovesTheObjectsFile() throws IOException {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inFolder(data))) {
            SandboxClient client = SandboxClient.of(server, server.org("acme-dev"));
            String id = client.post("/tool", Fixtures.read("tool-function.json")).id();
            Path file = data.resolve("orgs/acme-dev/tool/" + id + ".json");
            assertThat(file).exists();

            client.delete("/tool/" + id);

            assertThat(file).doesNotExist();
        }
    }

    @Test
    void eachObjectIsOneJsonFileUnderItsOrgAndKind() throws IOException {
        String id;
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inFolder(data))) {
            id = SandboxClient.of(server, server.org("acme-dev"))
                    .post("/v2/knowledge-base", Fixtures.read("knowledge-base-v2.json")).id();
        }

        List<String> files;
        try (Stream<Path> walk = Files.walk(data.resolve("orgs"))) {
            files = walk.filter(Files::isRegularFile).map(path -> data.relativize(path).toString()).toList();
        }

        assertThat(files).containsExactly("orgs/acme-dev/v2-knowledge-base/" + id + ".json");
        assertThat(SandboxClient.json(Files.readString(data.resolve(files.get(0)))).path("name").asString())
                .isEqualTo("Product FAQs");
    }

    @Test
    void leftoverTemporaryFilesAreIgnoredAndRemoved() throws IOException {
        Path kind = Files.createDirectories(data.resolve("orgs/acme-dev/assistant"));
        Files.writeString(kind.resolve(".half-written.json12345.tmp"), "{\"id\": ");

        try (SandboxServer server = SandboxServer.start(SandboxOptions.inFolder(data))) {
            assertThat(SandboxClient.of(server, server.org("acme-dev")).get("/assistant").body().size()).isZero();
        }

        assertThat(kind.resolve(".half-written.json12345.tmp")).doesNotExist();
    }

    @Test
    void corruptObjectFileStopsTheStartNamingTheFile() throws IOException {
        Path kind = Files.createDirectories(data.resolve("orgs/acme-dev/assistant"));
        Files.writeString(kind.resolve("broken.json"), "not json");

        assertThatThrownBy(() -> SandboxServer.start(SandboxOptions.inFolder(data)))
                .isInstanceOf(FerryException.class)
                .hasMessageContaining("broken.json is not a stored sandbox object");
    }

    @Test
    void secondServerOnAnOwnedFolderIsRefusedWithTheOwnersAddress() {
        try (SandboxServer owner = SandboxServer.start(SandboxOptions.inFolder(data))) {
            assertThatThrownBy(() -> SandboxServer.start(SandboxOptions.inFolder(data)))
                    .isInstanceOf(FerryException.class)
                    .hasMessage("sandbox data folder " + data + " is in use by another Ferry process serving "
                            + owner.baseUrl() + "; use that server, stop it, or choose another --data folder");
        }
    }

    @Test
    void portFileNamesTheOwnersPortAndGoesAwayOnClose() throws IOException {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.inFolder(data))) {
            assertThat(Files.readString(data.resolve("port")).trim()).isEqualTo(Integer.toString(server.port()));
        }

        assertThat(data.resolve("port")).doesNotExist();
    }
}
