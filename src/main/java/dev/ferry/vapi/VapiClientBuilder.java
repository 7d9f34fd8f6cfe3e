package dev.ferry.vapi;

import dev.ferry.config.RateLimits;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import okhttp3.OkHttpClient;

/**
 * Configures a {@link VapiClient}: timeouts, the retry budget, the clock and the shared {@link Redactor}.
 * Every setting has a default except the endpoint, and none of them names a host.
 */
public final class VapiClientBuilder {
    private final VapiEndpoint endpoint;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private TimeSource time = TimeSource.system();
    private Redactor redactor = new Redactor();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private ExchangeLog log = ExchangeLog.slf4j();
    private ExchangeListener listener = ExchangeListener.NONE;
    private RateLimits limits;

    VapiClientBuilder(VapiEndpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    public VapiClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return this;
    }

    /** The longest silence allowed while sending a request or reading its answer. */
    public VapiClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = positive(timeout, "readTimeout");
        return this;
    }

    public VapiClientBuilder retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    public VapiClientBuilder timeSource(TimeSource source) {
        this.time = Objects.requireNonNull(source, "source");
        return this;
    }

    /** Shares one redactor across clients, so secrets registered by any part of a run are masked in all. */
    public VapiClientBuilder redactor(Redactor shared) {
        this.redactor = Objects.requireNonNull(shared, "shared");
        return this;
    }

    /** Fixes the jitter so tests can assert exact backoff waits. */
    VapiClientBuilder jitter(DoubleSupplier source) {
        this.jitter = Objects.requireNonNull(source, "source");
        return this;
    }

    /** Tells {@code listener} about every attempt, e.g. to write a run's audit log. */
    public VapiClientBuilder exchangeListener(ExchangeListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Replaces the endpoint's request limits: an in-process sandbox that Ferry fills itself (the demo)
     * need not keep to the pace configured for the real org.
     */
    public VapiClientBuilder rateLimits(RateLimits replacement) {
        this.limits = Objects.requireNonNull(replacement, "replacement");
        return this;
    }

    VapiClientBuilder exchangeLog(ExchangeLog sink) {
        this.log = Objects.requireNonNull(sink, "sink");
        return this;
    }

    public VapiClient build() {
        redactor.registerSecret(endpoint.token());
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                // OkHttp would otherwise resend a request on a fresh connection after some failures, which
                // for a POST can create the same object twice (pitfall B11). Retries are decided above it.
                .retryOnConnectionFailure(false)
                // A redirect would turn a write into a GET or carry it to another host; report it instead.
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        Failures failures = new Failures(endpoint, redactor);
        RequestLimiter limiter = new RequestLimiter(limits != null ? limits : endpoint.limits(), time);
        Transport transport = new Transport(http, endpoint, limiter, time, redactor, log, listener);
        RequestRunner runner = new RequestRunner(transport, retryPolicy, time, jitter, failures);
        return new VapiClient(endpoint, transport, runner, failures, redactor);
    }

    private static Duration positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive (found " + duration + ")");
        }
        return duration;
    }
}
