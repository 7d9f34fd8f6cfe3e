package dev.ferry.vapi;

import dev.ferry.config.RateLimits;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Where and as whom one environment's client talks to Vapi: the base URL from configuration (the real
 * API, its EU region or a loopback sandbox), the resolved private token and the request limits. The
 * token is kept out of {@link #toString()} so an endpoint can be logged or shown in a message safely.
 */
public record VapiEndpoint(String environment, String baseUrl, String token, RateLimits limits) {

    public VapiEndpoint {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(limits, "limits");
        if (environment.isBlank()) {
            throw new IllegalArgumentException("an endpoint needs an environment name");
        }
        HttpUrl url = HttpUrl.parse(baseUrl);
        if (url == null) {
            throw new IllegalArgumentException(
                    "environment '" + environment + "': api '" + baseUrl + "' is not an http or https URL");
        }
        if (url.encodedQuery() != null || url.encodedFragment() != null) {
            throw new IllegalArgumentException(
                    "environment '" + environment + "': api '" + baseUrl + "' must not carry a query or fragment");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("environment '" + environment + "': no API token was resolved");
        }
    }

    /** The base URL parsed; the constructor has already proved it parses. */
    HttpUrl url() {
        return HttpUrl.get(baseUrl);
    }

    @Override
    public String toString() {
        return "VapiEndpoint[environment=" + environment + ", baseUrl=" + baseUrl + ", token=" + Redactor.MASK
                + ", limits=" + limits + "]";
    }
}
