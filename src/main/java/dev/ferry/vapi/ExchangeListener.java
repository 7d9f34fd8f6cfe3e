package dev.ferry.vapi;

import java.time.Duration;
import java.time.Instant;

/**
 * Hears about every HTTP attempt a {@link VapiClient} makes, answered or not, so that a run can keep
 * an audit line per request. It receives only what an audit may hold: no bodies and no headers, just
 * the SHA-256 of each body, so a secret sent or returned never reaches a listener.
 */
@FunctionalInterface
public interface ExchangeListener {
    ExchangeListener NONE = exchange -> { };

    /** Called on the requesting thread once the attempt has ended; must be quick and must not throw. */
    void onExchange(Exchange exchange);

    /**
     * One attempt.
     *
     * @param status the HTTP status, or {@link VapiException#NO_STATUS} when no answer came
     * @param idempotencyKey null for reads
     * @param requestSha256 hex SHA-256 of the bytes sent; null when there was no body
     * @param responseSha256 hex SHA-256 of the bytes received; null when no answer came
     */
    record Exchange(Instant at, String environment, String method, String path, int status, Duration duration,
            String idempotencyKey, String requestSha256, String responseSha256) {}
}
