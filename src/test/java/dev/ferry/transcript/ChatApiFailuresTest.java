package dev.ferry.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ExitCode;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.SampleRepo;
import dev.ferry.vapi.RetryPolicy;
import dev.ferry.workspace.Connections;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chat API failures are reported on the turn they hit, the rest of that transcript is skipped, and the run
 * exits 6 with no stack trace. The org is a MockWebServer on loopback that lists the sample's assistants and
 * answers every {@code POST /chat} with the failure under test.
 */
class ChatApiFailuresTest {
    private static final String ASSISTANTS = """
            [{"id":"7d6c1a2e-0000-4000-8000-000000000001","name":"Larkspur Front Desk",\
            "createdAt":"2026-11-01T10:00:00.000Z"},
             {"id":"7d6c1a2e-0000-4000-8000-000000000002","name":"Larkspur Booking",\
            "createdAt":"2026-11-01T10:00:01.000Z"}]""";

    @TempDir
    Path folder;

    private final MockWebServer server = new MockWebServer();
    private final List<String> chatBodies = new ArrayList<>();
    private Supplier<MockResponse> chat;
    private Path root;

    @BeforeEach
    void start() throws IOException {
        root = SampleRepo.copyInto(folder);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getMethod().equals("GET") && request.getUrl().encodedPath().equals("/assistant")) {
                    return json(200, ASSISTANTS);
                }
                if (request.getMethod().equals("POST") && request.getUrl().encodedPath().equals("/chat")) {
                    synchronized (chatBodies) {
                        chatBodies.add(request.getBody().utf8());
                    }
                    return chat.get();
                }
                return json(404, "{\"message\":\"Cannot " + request.getMethod() + "\",\"statusCode\":404}");
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, String> env() {
        return Map.of("FERRY_DEV_API", server.url("/").toString().replaceAll("/$", ""));
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body)
                .build();
    }

    @Test
    void aServerErrorFailsTheTurnSkipsTheRestAndExitsSixWithoutAStackTrace() {
        chat = () -> json(503, "{\"message\":\"upstream model overloaded\",\"error\":\"Service Unavailable\","
                + "\"statusCode\":503}");

        FerryCli.Result result = FerryCli.run(env(), "-C", root.toString(), "test", "--env", "dev", "front-desk");

        assertThat(result.exitCode()).isEqualTo(ExitCode.TESTS_FAILED);
        assertThat(result.outLines()).containsExactly(
                "front-desk/gas-smell: failed (tests/front-desk/gas-smell.yaml)",
                "  turn 1: error: the chat API failed: dev: POST /chat: 503 Service Unavailable: upstream model "
                        + "overloaded; the turn may have run, tools included, so it was not resent",
                "front-desk/leaking-pipe: failed (tests/front-desk/leaking-pipe.yaml)",
                "  turn 1: error: the chat API failed: dev: POST /chat: 503 Service Unavailable: upstream model "
                        + "overloaded; the turn may have run, tools included, so it was not resent",
                "  turn 2: skipped: not sent: an earlier turn got no answer to continue from",
                "  turn 3: skipped: not sent: an earlier turn got no answer to continue from",
                "dev: 2 transcript(s), 0 passed, 2 failed");
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
        assertThat(chatBodies).hasSize(2);
    }

    @Test
    void aClientErrorShowsTheServersMessage() {
        chat = () -> json(400, "{\"message\":[\"input must be a string\"],\"error\":\"Bad Request\","
                + "\"statusCode\":400}");

        FerryCli.Result result = FerryCli.run(env(), "-C", root.toString(), "test", "--env", "dev", "booking-agent");

        assertThat(result.exitCode()).isEqualTo(ExitCode.TESTS_FAILED);
        assertThat(result.outLines()).contains("  turn 1: error: the chat API failed: dev: POST /chat: 400 Bad "
                + "Request: input must be a string");
        assertThat(result.err()).doesNotContain("Exception");
    }

    @Test
    void aTimeoutIsReportedOnItsTurn() {
        chat = () -> new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build();
        TestReport report;
        try (Connections connections = new Connections(root, env(), builder -> builder
                .readTimeout(Duration.ofMillis(300))
                .retryPolicy(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10),
                        Duration.ofSeconds(1))))) {
            report = new GoldenPathTests(Clock.systemUTC()).run(root, "dev", List.of("booking-agent"), connections,
                    line -> { });
        }

        assertThat(report.exitCode()).isEqualTo(ExitCode.TESTS_FAILED);
        TurnResult turn = report.results().get(0).turns().get(0);
        assertThat(turn.outcome()).isEqualTo(TurnResult.Outcome.ERROR);
        assertThat(turn.problems()).singleElement().asString().startsWith("the chat API failed: dev: POST /chat: "
                + "timed out waiting for the server after the request was sent");
    }

    @Test
    void eachTurnContinuesThePreviousChat() {
        int[] count = {0};
        chat = () -> {
            count[0]++;
            // The first chat is gas-smell's only turn; leaking-pipe's three turns follow.
            String tool = count[0] == 3 ? ",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\",\"function\":"
                    + "{\"name\":\"book_appointment\",\"arguments\":\"{\\\"trade\\\":\\\"plumbing\\\",\\\"address\\\":"
                    + "\\\"14 Elm Street, Riverton RV2 4LP\\\"}\"}}]" : "";
            String text = count[0] <= 2 ? "A plumber can help. What is the address?" : "You are booked.";
            String end = count[0] == 4 ? "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c2\",\"type\":"
                    + "\"function\",\"function\":{\"name\":\"end_call\",\"arguments\":\"{}\"}}]}," : "";
            return json(200, "{\"id\":\"chat-" + count[0] + "\",\"output\":[" + end + "{\"role\":\"assistant\","
                    + "\"content\":\"" + text + "\"" + tool + "}]}");
        };

        FerryCli.Result result = FerryCli.run(env(), "-C", root.toString(), "test", "--env", "dev", "front-desk");

        assertThat(result.outLines()).contains("front-desk/leaking-pipe: passed (tests/front-desk/leaking-pipe.yaml)");
        assertThat(chatBodies).hasSize(4);
        assertThat(chatBodies.get(1)).contains("\"assistantId\":\"7d6c1a2e-0000-4000-8000-000000000001\"")
                .doesNotContain("previousChatId");
        assertThat(chatBodies.get(2)).contains("\"previousChatId\":\"chat-2\"");
        assertThat(chatBodies.get(3)).contains("\"previousChatId\":\"chat-3\"");
    }
}
