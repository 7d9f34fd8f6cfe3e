package dev.ferry.vapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends one attempt of a request through OkHttp inside the environment's limits, reads the answer whole
 * and logs the exchange. Everything logged passes the {@link Redactor} first; the summary line holds only
 * method, path, status and duration, and bodies follow redacted and cut short.
 */
final class Transport {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_LOGGED_BODY_CHARS = 2_000;

    private final OkHttpClient http;
    private final VapiEndpoint endpoint;
    private final RequestLimiter limiter;
    private final TimeSource time;
    private final Redactor redactor;
    private final ExchangeLog log;
    private final ExchangeListener listener;

    Transport(OkHttpClient http, VapiEndpoint endpoint, RequestLimiter limiter, TimeSource time,
            Redactor redactor, ExchangeLog log, ExchangeListener listener) {
        this.http = http;
        this.endpoint = endpoint;
        this.limiter = limiter;
        this.time = time;
        this.redactor = redactor;
        this.log = log;
        this.listener = listener;
    }

    ApiResponse send(VapiRequest request) throws IOException, InterruptedException {
        byte[] json = request.json() == null ? null
                : JsonBody.MAPPER.writeValueAsString(request.json()).getBytes(StandardCharsets.UTF_8);
        Request call = toCall(request, json);
        ApiResponse answer;
        Duration took;
        // The permit covers the exchange only: logging and hashing a large page need not hold back the next request.
        try (RequestLimiter.Permit permit = limiter.acquire()) {
            long started = time.nanoTime();
            logRequest(request, call);
            try (Response response = http.newCall(call).execute()) {
                answer = new ApiResponse(response.code(), response.message(),
                        response.header("Content-Type"), response.header("Retry-After"), response.header("Location"),
                        response.body().bytes());
                took = since(started);
            } catch (IOException e) {
                logFailure(request, e, since(started));
                tell(request, json, VapiException.NO_STATUS, null, since(started));
                throw e;
            }
        }
        logAnswer(request, answer, took);
        tell(request, json, answer.status(), listener == ExchangeListener.NONE ? null : sha256(answer.raw()), took);
        return answer;
    }

    private void tell(VapiRequest request, byte[] json, int status, String responseSha, Duration took) {
        try {
            listener.onExchange(new ExchangeListener.Exchange(time.now(), endpoint.environment(), request.method(),
                    request.path(), status, took, request.idempotencyKey(),
                    json == null ? null : sha256(json), responseSha));
        } catch (RuntimeException e) {
            // A broken listener must not turn a request that went through into a failure, or the caller
            // would treat a write that took effect as one whose outcome is unknown.
            if (log.isEnabled()) {
                log.write(endpoint.environment() + ": exchange listener failed: " + e.getClass().getSimpleName());
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private Request toCall(VapiRequest request, byte[] json) {
        Request.Builder builder = new Request.Builder()
                .url(request.url())
                .header("Authorization", "Bearer " + endpoint.token())
                .header("Accept", "application/json")
                .header("User-Agent", "ferry");
        if (request.idempotencyKey() != null) {
            builder.header("Idempotency-Key", request.idempotencyKey());
        }
        RequestBody body = request.upload();
        if (json != null) {
            body = RequestBody.create(json, JSON);
        }
        return builder.method(request.method(), body).build();
    }

    private void logRequest(VapiRequest request, Request call) {
        if (!log.isEnabled()) {
            return;
        }
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < call.headers().size(); i++) {
            String name = call.headers().name(i);
            headers.append(i == 0 ? "" : ", ").append(name).append('=')
                    .append(redactor.redactHeader(name, call.headers().value(i)));
        }
        log.write(prefix(request) + " headers: " + headers);
        if (request.json() != null) {
            log.write(prefix(request) + " request body: " + cut(redactor.redact(request.json()).toString()));
        } else if (request.upload() != null) {
            log.write(prefix(request) + " request body: multipart upload (not logged)");
        }
    }

    private void logAnswer(VapiRequest request, ApiResponse answer, Duration took) {
        if (!log.isEnabled()) {
            return;
        }
        log.write(prefix(request) + " -> " + answer.status() + " in " + took.toMillis() + " ms");
        if (!answer.isBlank()) {
            log.write(prefix(request) + " response body: " + cut(redactor.redactBody(answer.body())));
        }
    }

    private void logFailure(VapiRequest request, IOException failure, Duration took) {
        if (log.isEnabled()) {
            log.write(redactor.redactText(prefix(request) + " -> failed in " + took.toMillis() + " ms: "
                    + failure.getClass().getSimpleName() + ": " + failure.getMessage()));
        }
    }

    private String prefix(VapiRequest request) {
        return endpoint.environment() + ": " + request.method() + " " + request.target();
    }

    private Duration since(long startedNanos) {
        return Duration.ofNanos(time.nanoTime() - startedNanos);
    }

    private static String cut(String text) {
        return text.length() <= MAX_LOGGED_BODY_CHARS
                ? text
                : text.substring(0, MAX_LOGGED_BODY_CHARS) + "… (" + text.length() + " chars)";
    }
}
