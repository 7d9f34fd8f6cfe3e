package dev.ferry.vapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.FerryException;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VapiClientErrorTest {
    private static final String ASSISTANT_ID = "6f0c2d1e-1111-4a2b-9c3d-000000000001";
    private static final String TOOL_ID = "0d3a5b2e-7a51-4c39-9d1e-000000000042";

    private final MockVapi vapi = new MockVapi();

    @AfterEach
    void stopServer() {
        vapi.close();
    }

    @Test
    void unauthorizedNamesTheEnvironmentAndNeverTheToken() {
        vapi.enqueueFixture(401, "error-401-invalid-key.json");

        assertThatThrownBy(() -> vapi.client().list(VapiKind.ASSISTANT))
                .isInstanceOfSatisfying(VapiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.environment()).isEqualTo("dev");
                    assertThat(e.exitCode()).isEqualTo(1);
                })
                .hasMessage("dev: the API refused the token (401 Unauthorized); check the token reference for "
                        + "environment 'dev'")
                .message().doesNotContain(MockVapi.TOKEN);
        assertThat(vapi.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void notFoundCarriesTheServerMessageAndFindTurnsItIntoEmpty() {
        vapi.enqueueFixture(404, "error-404-assistant.json");
        vapi.enqueueFixture(404, "error-404-assistant.json");
        VapiClient client = vapi.client();

        assertThatThrownBy(() -> client.get(VapiKind.ASSISTANT, ASSISTANT_ID))
                .isInstanceOfSatisfying(VapiException.class, e -> assertThat(e.isNotFound()).isTrue())
                .hasMessage("dev: GET /assistant/" + ASSISTANT_ID + ": 404 Not Found: Assistant not found");
        assertThat(client.find(VapiKind.ASSISTANT, ASSISTANT_ID)).isEmpty();
    }

    @Test
    void validationErrorsGivenAsAnArrayAreJoined() {
        vapi.enqueueFixture(400, "error-400-whitelist.json");

        assertThatThrownBy(() -> vapi.client().create(VapiKind.ASSISTANT, Fixtures.object("assistant.json")))
                .isInstanceOfSatisfying(VapiException.class, e -> assertThat(e.serverMessage()).isEqualTo(
                        "property customer should not exist; property phoneNumberId should not exist; "
                                + "name must be shorter than or equal to 40 characters"))
                .isNotInstanceOf(VapiOutcomeUnknownException.class)
                .hasMessage("dev: POST /assistant: 400 Bad Request: property customer should not exist; property "
                        + "phoneNumberId should not exist; name must be shorter than or equal to 40 characters");
    }

    @Test
    void aPinnedToolConflictIsReportedWithItsReason() {
        vapi.enqueueFixture(409, "error-409-tool-pinned.json");

        assertThatThrownBy(() -> vapi.client().delete(VapiKind.TOOL, TOOL_ID))
                .isInstanceOf(VapiException.class)
                .hasMessage("dev: DELETE /tool/" + TOOL_ID + ": 409 Conflict: Tool version v2 is pinned by assistant "
                        + ASSISTANT_ID);
    }

    @Test
    void malformedJsonGetsAPlainMessageInsteadOfAParserTrace() {
        vapi.enqueueFixture(200, "assistant-truncated.json");

        assertThatThrownBy(() -> vapi.client().get(VapiKind.ASSISTANT, ASSISTANT_ID))
                .isInstanceOf(VapiException.class)
                .hasMessage("dev: GET /assistant/" + ASSISTANT_ID + ": 200 OK but the answer was malformed JSON")
                .hasNoCause();
    }

    @Test
    void anHtmlPageFromAProxyIsNamedAsSuch() {
        vapi.server.enqueue(new MockResponse.Builder()
                .code(403)
                .setHeader("Content-Type", "text/html; charset=UTF-8")
                .body(Fixtures.text("proxy-block-403.html"))
                .build());

        assertThatThrownBy(() -> vapi.client().list(VapiKind.TOOL))
                .isInstanceOf(VapiException.class)
                .hasMessage("dev: GET /tool: 403 Forbidden and the answer was an HTML page instead of JSON (a proxy or "
                        + "gateway error page?)");
    }

    @Test
    void anHtmlPageWithAnOkStatusIsNotTakenForData() {
        vapi.server.enqueue(new MockResponse.Builder().code(200).body(Fixtures.text("proxy-block-403.html")).build());

        assertThatThrownBy(() -> vapi.client().get(VapiKind.TOOL, TOOL_ID))
                .isInstanceOf(VapiException.class)
                .hasMessage("dev: GET /tool/" + TOOL_ID + ": 200 OK but the answer was an HTML page instead of JSON "
                        + "(a proxy or gateway error page?)");
    }

    @Test
    void anEmptyBodyIsReportedClearly() {
        vapi.server.enqueue(new MockResponse.Builder().code(200).build());

        assertThatThrownBy(() -> vapi.client().get(VapiKind.TOOL, TOOL_ID))
                .isInstanceOf(VapiException.class)
                .hasMessage("dev: GET /tool/" + TOOL_ID + ": 200 OK but the answer was an empty body");
    }

    @Test
    void aCreateWhoseAnswerCannotBeReadSaysTheObjectMayExist() {
        vapi.server.enqueue(new MockResponse.Builder().code(201).build());

        assertThatThrownBy(() -> vapi.client().create(VapiKind.TOOL, Fixtures.object("tool-function.json")))
                .isInstanceOf(VapiOutcomeUnknownException.class)
                .hasMessageStartingWith("dev: POST /tool: the server answered 201 Created but the answer was an empty "
                        + "body, so Ferry does not know what it stored;");
        assertThat(vapi.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRedirectIsReportedInsteadOfFollowed() {
        vapi.server.enqueue(new MockResponse.Builder()
                .code(301)
                .setHeader("Location", "http://127.0.0.1:9/elsewhere/tool")
                .build());

        assertThatThrownBy(() -> vapi.client().list(VapiKind.TOOL))
                .isInstanceOf(FerryException.class)
                .hasMessage("dev: GET /tool: 301 Moved Permanently: the API redirected to "
                        + "'http://127.0.0.1:9/elsewhere/tool'; set the api URL of environment 'dev' to the final "
                        + "address");
        assertThat(vapi.server.getRequestCount()).isEqualTo(1);
    }
}
