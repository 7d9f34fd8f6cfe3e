package dev.ferry.vapi;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP client of one Vapi environment: lists, reads and writes every {@link VapiKind} as open JSON, so
 * fields Ferry does not know round-trip untouched. Calls block and are safe from several threads; the
 * environment's rate limits hold across them. Reads are retried on 429, 5xx and network failures; writes
 * are retried only on 429 and otherwise fail with {@link VapiOutcomeUnknownException} when they may have
 * taken effect. Every failure is a {@link VapiException} whose message names the environment.
 */
public final class VapiClient implements AutoCloseable {
    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private final VapiEndpoint endpoint;
    private final HttpUrl base;
    private final Transport transport;
    private final RequestRunner runner;
    private final ListReader lists;
    private final Failures failures;
    private final Redactor redactor;

    VapiClient(VapiEndpoint endpoint, Transport transport, RequestRunner runner, Failures failures,
            Redactor redactor) {
        this.endpoint = endpoint;
        this.base = endpoint.url();
        this.transport = transport;
        this.runner = runner;
        this.failures = failures;
        this.redactor = redactor;
        this.lists = new ListReader(runner, failures, base);
    }

    /** A client with default timeouts and retries, the system clock and SLF4J logging. */
    public static VapiClient create(VapiEndpoint endpoint) {
        return builder(endpoint).build();
    }

    public static VapiClientBuilder builder(VapiEndpoint endpoint) {
        return new VapiClientBuilder(endpoint);
    }

    public VapiEndpoint endpoint() {
        return endpoint;
    }

    /** The redactor this client masks with; it already knows the environment's token. */
    public Redactor redactor() {
        return redactor;
    }

    /** Every object of {@code kind}, read to the end of the list, newest first. */
    public List<ObjectNode> list(VapiKind kind) {
        return lists.list(kind);
    }

    public ObjectNode get(VapiKind kind, String id) {
        VapiRequest request = VapiRequest.get(item(kind, id).build());
        return object(request, runner.run(request));
    }

    /** The object, or empty when the API answers 404 (deleted, or never in this org). */
    public Optional<ObjectNode> find(VapiKind kind, String id) {
        try {
            return Optional.of(get(kind, id));
        } catch (VapiException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public ObjectNode create(VapiKind kind, ObjectNode body) {
        return create(kind, body, null);
    }

    /** POSTs a new object; server-owned fields are dropped. A non-null key goes out as {@code Idempotency-Key}. */
    public ObjectNode create(VapiKind kind, ObjectNode body, String idempotencyKey) {
        HttpUrl url = base.newBuilder().addPathSegments(kind.path()).build();
        return write(VapiRequest.write("POST", url, WritePayload.forCreate(kind, body), idempotencyKey));
    }

    public ObjectNode update(VapiKind kind, String id, ObjectNode body) {
        return update(kind, id, body, null);
    }

    /**
     * PATCHes the top-level fields of {@code body}, each replacing the stored value whole, after applying
     * the kind's rules: server-owned fields and a tool's {@code type} are dropped, a squad without
     * {@code members} is refused with {@link IllegalArgumentException} before anything is sent, and a
     * structured output carries {@code schemaOverride=true}.
     */
    public ObjectNode update(VapiKind kind, String id, ObjectNode body, String idempotencyKey) {
        ObjectNode payload = WritePayload.forUpdate(kind, body);
        HttpUrl.Builder url = item(kind, id);
        for (Map.Entry<String, String> parameter : kind.updateQuery().entrySet()) {
            url.setQueryParameter(parameter.getKey(), parameter.getValue());
        }
        return write(VapiRequest.write("PATCH", url.build(), payload, idempotencyKey));
    }

    public ObjectNode delete(VapiKind kind, String id) {
        return delete(kind, id, null);
    }

    /** Deletes the object; Vapi answers with the object as it was. */
    public ObjectNode delete(VapiKind kind, String id, String idempotencyKey) {
        WritePayload.requireWritable(kind, "delete");
        return write(VapiRequest.write("DELETE", item(kind, id).build(), null, idempotencyKey));
    }

    /** Uploads a file as {@code multipart/form-data} and returns the stored file object. */
    public ObjectNode upload(FileUpload upload, String idempotencyKey) {
        byte[] content;
        try {
            content = Files.readAllBytes(upload.file());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + upload.file() + " to upload it: " + e.getMessage(), e);
        }
        MultipartBody.Builder form = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("file", upload.file().getFileName().toString(),
                        RequestBody.create(content, mediaType(upload)))
                .addFormDataPart("purpose", upload.purpose());
        ObjectNode metadata = upload.metadata();
        if (metadata != null) {
            form.addFormDataPart("metadata", FileUpload.metadataText(metadata));
        }
        HttpUrl url = base.newBuilder().addPathSegments(VapiKind.FILE.path()).build();
        return write(VapiRequest.upload(url, form.build(), idempotencyKey));
    }

    /**
     * Sends one chat turn ({@code POST /chat}, Vapi's text channel to an assistant) and returns the chat it
     * made: its {@code id} (the next turn's {@code previousChatId}) and its {@code output} messages. The
     * assistant's tools really run in the org. Like every write it is not resent after a 5xx or a lost answer.
     *
     * @param previousChatId the chat this turn continues, or null for the first turn
     */
    public ObjectNode chat(String assistantId, String input, String previousChatId) {
        ObjectNode body = JsonBody.MAPPER.createObjectNode();
        body.put("assistantId", assistantId);
        body.put("input", input);
        if (previousChatId != null) {
            body.put("previousChatId", previousChatId);
        }
        HttpUrl url = base.newBuilder().addPathSegment("chat").build();
        try {
            return write(VapiRequest.write("POST", url, body, null));
        } catch (VapiOutcomeUnknownException unknown) {
            throw failures.chatUnanswered(unknown);
        }
    }

    /** Releases the connection pool and threads; the client is not used afterwards. */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "VapiClient[" + endpoint + "]";
    }

    private ObjectNode write(VapiRequest request) {
        ApiResponse response = runner.run(request);
        Optional<JsonNode> body = JsonBody.parse(response);
        if (body.isEmpty() || !body.get().isObject()) {
            // The write went through, but without its answer nobody knows the id it made.
            String what = body.isEmpty() ? JsonBody.problem(response) : "not a JSON object";
            throw failures.unknownAfterUnreadable(request, response, what);
        }
        return (ObjectNode) body.get();
    }

    private ObjectNode object(VapiRequest request, ApiResponse response) {
        JsonNode body = JsonBody.parse(response)
                .orElseThrow(() -> failures.unreadable(request, response, JsonBody.problem(response)));
        if (!body.isObject()) {
            throw failures.unreadable(request, response, "not a JSON object");
        }
        return (ObjectNode) body;
    }

    private HttpUrl.Builder item(VapiKind kind, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a " + kind.displayName() + " id must not be blank");
        }
        return base.newBuilder().addPathSegments(kind.path()).addPathSegment(id);
    }

    private static MediaType mediaType(FileUpload upload) {
        try {
            String probed = Files.probeContentType(upload.file());
            MediaType parsed = probed == null ? null : MediaType.parse(probed);
            return parsed == null ? OCTET_STREAM : parsed;
        } catch (IOException unknown) {
            return OCTET_STREAM;
        }
    }
}
