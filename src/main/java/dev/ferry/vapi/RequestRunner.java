package dev.ferry.vapi;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Runs a request to a final answer under the retry rules of design section 7. Reads are retried on 429,
 * 5xx and network failures. Writes are retried only on 429, which Vapi sends before doing anything; a write
 * whose connection failed after sending, or that got a 5xx, is never resent and ends in
 * {@link VapiOutcomeUnknownException}. Every wait honours {@code Retry-After} when present and stays
 * within the attempt and total-time caps of the {@link RetryPolicy}.
 */
final class RequestRunner {
    private final Transport transport;
    private final RetryPolicy policy;
    private final TimeSource time;
    private final DoubleSupplier jitter;
    private final Failures failures;

    RequestRunner(Transport transport, RetryPolicy policy, TimeSource time, DoubleSupplier jitter,
            Failures failures) {
        this.transport = transport;
        this.policy = policy;
        this.time = time;
        this.jitter = jitter;
        this.failures = failures;
    }

    /** The first 2xx answer; anything else ends in a {@link VapiException}. */
    ApiResponse run(VapiRequest request) {
        long started = time.nanoTime();
        for (int attempt = 1; ; attempt++) {
            ApiResponse response;
            try {
                response = transport.send(request);
            } catch (ConnectException refused) {
                // Nothing reached the server, but a refused connection rarely heals within seconds.
                if (!request.isRead()) {
                    throw failures.notConnected(request, refused);
                }
                pauseOrGiveUp(request, attempt, started, Optional.empty(),
                        (attempts, elapsed) -> failures.gaveUp(request, attempts, elapsed, refused));
                continue;
            } catch (IOException failure) {
                if (!request.isRead()) {
                    throw failures.unknownAfterFailure(request, failure);
                }
                pauseOrGiveUp(request, attempt, started, Optional.empty(),
                        (attempts, elapsed) -> failures.gaveUp(request, attempts, elapsed, failure));
                continue;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw failures.interrupted(request, interrupted);
            }
            if (response.isSuccess()) {
                return response;
            }
            boolean retryable = response.isTooManyRequests() || (request.isRead() && response.isServerError());
            if (!retryable) {
                throw request.isRead() || !response.isServerError()
                        ? failures.rejected(request, response)
                        : failures.unknownAfterAnswer(request, response);
            }
            Optional<Duration> asked = RetryAfter.parse(response.retryAfter(), time.now());
            boolean attemptsLeft = attempt < policy.maxAttempts();
            if (attemptsLeft && asked.isPresent() && elapsedSince(started).plus(asked.get()).compareTo(
                    policy.maxTotalTime()) > 0) {
                throw failures.waitTooLong(request, response, asked.get(), policy.maxTotalTime());
            }
            pauseOrGiveUp(request, attempt, started, asked,
                    (attempts, elapsed) -> failures.gaveUp(request, attempts, elapsed, response));
        }
    }

    private void pauseOrGiveUp(VapiRequest request, int attempt, long started, Optional<Duration> asked,
            GiveUp giveUp) {
        Duration elapsed = elapsedSince(started);
        Duration wait = asked.orElseGet(() -> policy.backoff(attempt, jitter.getAsDouble()));
        boolean outOfAttempts = attempt >= policy.maxAttempts();
        boolean outOfTime = elapsed.plus(wait).compareTo(policy.maxTotalTime()) > 0;
        if (outOfAttempts || outOfTime) {
            throw giveUp.after(attempt, elapsed);
        }
        try {
            time.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failures.interrupted(request, interrupted);
        }
    }

    private Duration elapsedSince(long startedNanos) {
        return Duration.ofNanos(time.nanoTime() - startedNanos);
    }

    /** The exception that reports the last failure once the retry budget is spent. */
    private interface GiveUp {
        VapiException after(int attempts, Duration elapsed);
    }
}
