package dev.ferry.vapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.RateLimits;
import org.junit.jupiter.api.Test;

class VapiEndpointTest {

    @Test
    void toStringNeverShowsTheToken() {
        VapiEndpoint endpoint = new VapiEndpoint("dev", "http://127.0.0.1:8080/", "sk-canary-123", RateLimits.DEFAULT);

        String shown = endpoint.toString();

        assertThat(shown).doesNotContain("sk-canary-123").contains("token=[redacted]", "environment=dev");
    }

    @Test
    void refusesABaseUrlThatIsNotHttp() {
        assertThatThrownBy(() -> new VapiEndpoint("uat", "ftp://example.test", "t", RateLimits.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment 'uat': api 'ftp://example.test' is not an http or https URL");
    }

    @Test
    void refusesAMissingTokenWithoutEchoingAnything() {
        assertThatThrownBy(() -> new VapiEndpoint("prod", "http://127.0.0.1:1/", " ", RateLimits.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment 'prod': no API token was resolved");
    }

    @Test
    void keepsAPathPrefixOfTheBaseUrl() {
        VapiEndpoint endpoint = new VapiEndpoint("dev", "http://127.0.0.1:9/proxy/vapi/", "t", RateLimits.DEFAULT);

        assertThat(endpoint.url().newBuilder().addPathSegments("v2/knowledge-base").build().encodedPath())
                .isEqualTo("/proxy/vapi/v2/knowledge-base");
    }
}
