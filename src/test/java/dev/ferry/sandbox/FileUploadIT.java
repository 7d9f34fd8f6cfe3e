package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /file} as multipart, and attaching files to a v2 knowledge base. */
class FileUploadIT {
    private static final String BOUNDARY = "ferry-test-boundary-7f3a";

    private SandboxServer server;
    private SandboxClient client;

    @BeforeEach
    void start() {
        server = SandboxServer.start(SandboxOptions.inMemory());
        client = SandboxClient.of(server, server.org("acme-dev"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Uploads one file the way a browser or OkHttp would; purpose and metadata are left out when null. */
    static SandboxClient.Reply upload(
            SandboxClient client, String filename, byte[] content, String purpose, String metadata) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (purpose != null) {
            field(body, "purpose", purpose);
        }
        if (metadata != null) {
            field(body, "metadata", metadata);
        }
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/markdown\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + BOUNDARY + "--\r\n");
        return client.sendBytes("POST", "/file", "multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
    }

    private static void field(ByteArrayOutputStream body, String name, String value) {
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void uploadAnswers201WithTheFileDescription() {
        byte[] content = "# FAQ\r\n\r\nShipping takes two days.\n".getBytes(StandardCharsets.UTF_8);

        SandboxClient.Reply reply = upload(client, "faq.md", content, "knowledge-base-v2", "{\"sha256\": \"ab12\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().path("object").asString()).isEqualTo("file");
        assertThat(reply.body().path("name").asString()).isEqualTo("faq.md");
        assertThat(reply.body().path("originalName").asString()).isEqualTo("faq.md");
        assertThat(reply.body().path("bytes").asInt()).isEqualTo(content.length);
        assertThat(reply.body().path("mimetype").asString()).isEqualTo("text/markdown");
        assertThat(reply.body().path("purpose").asString()).isEqualTo("knowledge-base-v2");
        assertThat(reply.body().path("metadata")).isEqualTo(SandboxClient.json("{\"sha256\": \"ab12\"}"));
        assertThat(reply.body().path("status").asString()).isEqualTo("done");
    }

    @Test
    void uploadedFileIsListedAndFilteredByPurpose() {
        upload(client, "a.md", "a".getBytes(), "assistant", null);
        upload(client, "b.md", "b".getBytes(), "knowledge-base-v2", null);

        SandboxClient.Reply reply = client.get("/file?purpose=knowledge-base-v2");

        assertThat(reply.body().size()).isEqualTo(1);
        assertThat(reply.body().get(0).path("name").asString()).isEqualTo("b.md");
        assertThat(client.get("/file").body().size()).isEqualTo(2);
    }

    @Test
    void uploadWithoutAFilePartIs400InvalidFile() {
        SandboxClient.Reply reply = client.sendBytes("POST", "/file", "multipart/form-data; boundary=" + BOUNDARY,
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistant\r\n--"
                        + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("message").asString()).isEqualTo("Invalid file");
    }

    @Test
    void uploadAsJsonIs400InvalidFile() {
        assertThat(client.post("/file", "{\"name\": \"x\"}").body().path("message").asString())
                .isEqualTo("Invalid file");
    }

    @Test
    void unknownPurposeIs400() {
        SandboxClient.Reply reply = upload(client, "a.md", "a".getBytes(), "training", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("message").get(0).asString()).isEqualTo(
                "purpose must be one of the following values: assistant, composer-attachment, knowledge-base-v2");
    }

    @Test
    void patchRenamesAFile() {
        String id = upload(client, "a.md", "a".getBytes(), null, null).id();

        SandboxClient.Reply reply = client.patch("/file/" + id, "{\"name\": \"renamed.md\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("name").asString()).isEqualTo("renamed.md");
        assertThat(reply.body().path("originalName").asString()).isEqualTo("a.md");
    }

    @Test
    void fileAttachedToAKnowledgeBaseIsListedUnderItAndInItsGet() {
        String base = client.post("/v2/knowledge-base", Fixtures.read("knowledge-base-v2.json")).id();
        String file = upload(client, "faq.md", "faq".getBytes(), "knowledge-base-v2", null).id();

        SandboxClient.Reply attached = client.post("/v2/knowledge-base/" + base + "/file",
                "{\"fileId\": \"" + file + "\"}");

        assertThat(attached.status()).isEqualTo(201);
        assertThat(attached.body().path("knowledgeBaseV2Id").asString()).isEqualTo(base);
        assertThat(attached.body().path("fileId").asString()).isEqualTo(file);
        assertThat(attached.body().path("fileName").asString()).isEqualTo("faq.md");
        assertThat(attached.body().path("status").asString()).isEqualTo("ready");
        assertThat(client.get("/v2/knowledge-base/" + base + "/file").body().size()).isEqualTo(1);
        SandboxClient.Reply withFiles = client.get("/v2/knowledge-base/" + base);
        assertThat(withFiles.body().path("files").get(0).path("fileId").asString()).isEqualTo(file);
        assertThat(withFiles.body().has("toolId")).isTrue();
    }

    @Test
    void attachingAFileTwiceIs400() {
        String base = client.post("/v2/knowledge-base", Fixtures.read("knowledge-base-v2.json")).id();
        String file = upload(client, "faq.md", "faq".getBytes(), "knowledge-base-v2", null).id();
        client.post("/v2/knowledge-base/" + base + "/file", "{\"fileId\": \"" + file + "\"}");

        SandboxClient.Reply again =
                client.post("/v2/knowledge-base/" + base + "/file", "{\"fileId\": \"" + file + "\"}");

        assertThat(again.status()).isEqualTo(400);
    }

    @Test
    void attachingAFileThatDoesNotExistIs404() {
        String base = client.post("/v2/knowledge-base", Fixtures.read("knowledge-base-v2.json")).id();

        SandboxClient.Reply reply = client.post("/v2/knowledge-base/" + base + "/file",
                "{\"fileId\": \"5b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e\"}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().path("message").asString()).isEqualTo("File not found");
    }

    @Test
    void detachingAFileAnswersTheRowAndEmptiesTheList() {
        String base = client.post("/v2/knowledge-base", Fixtures.read("knowledge-base-v2.json")).id();
        String file = upload(client, "faq.md", "faq".getBytes(), "knowledge-base-v2", null).id();
        client.post("/v2/knowledge-base/" + base + "/file", "{\"fileId\": \"" + file + "\"}");

        SandboxClient.Reply detached = client.delete("/v2/knowledge-base/" + base + "/file/" + file);

        assertThat(detached.status()).isEqualTo(200);
        assertThat(detached.body().path("fileId").asString()).isEqualTo(file);
        assertThat(client.get("/v2/knowledge-base/" + base + "/file").body().size()).isZero();
        assertThat(client.get("/file/" + file).status()).isEqualTo(200);
    }
}
