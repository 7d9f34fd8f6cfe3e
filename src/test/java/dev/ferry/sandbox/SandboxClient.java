package dev.ferry.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain JDK HTTP client for tests: one org's token, JSON in and out, on loopback only. */
final class SandboxClient {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;
    private final String token;

    SandboxClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    static SandboxClient of(SandboxServer server, SandboxOrg org) {
        return new SandboxClient(server.baseUrl(), org.token());
    }

    SandboxClient withToken(String otherToken) {
        return new SandboxClient(base, otherToken);
    }

    /** An answer: status, headers and the body as JSON (a missing node when it is empty). */
    record Reply(int status, HttpHeaders headers, JsonNode body) {
        String id() {
            return body.path("id").asString();
        }
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    Reply patch(String path, String json) {
        return send("PATCH", path, json);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    Reply send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = builder(path, headers)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.build());
    }

    Reply sendBytes(String method, String path, String contentType, byte[] body) {
        return exchange(builder(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** Sends and reports whether any answer came back, for responses the sandbox drops on purpose. */
    boolean answers(String method, String path, String json) {
        try {
            send(method, path, json);
            return true;
        } catch (UncheckedIOException connectionClosed) {
            return false;
        }
    }

    static JsonNode json(String text) {
        return MAPPER.readTree(text);
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static Reply exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? MAPPER.missingNode() : MAPPER.readTree(response.body());
            return new Reply(response.statusCode(), response.headers(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
