package dev.ferry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A loopback proxy in front of a sandbox that answers chosen requests its own way: refused with a status
 * before reaching the sandbox, or passed on and then answered with a status as if the answer were lost.
 * Every request it saw is logged as {@code METHOD /path}, so tests count exactly what a run sent.
 */
public final class ScriptedProxy implements AutoCloseable {
    /** What happens to a request a rule matches. */
    public record Outcome(int status, String body, String retryAfter, boolean forward) {
        /** Answered with {@code status} without the sandbox ever seeing the request. */
        public static Outcome refuse(int status, String body) {
            return new Outcome(status, body, null, false);
        }

        public static Outcome tooManyRequests(int retryAfterSeconds) {
            return new Outcome(429, "{\"message\":\"Too Many Requests\",\"statusCode\":429}",
                    Integer.toString(retryAfterSeconds), false);
        }

        /** Carried out by the sandbox, then answered with {@code status}: the write took effect. */
        public static Outcome performedThen(int status) {
            return new Outcome(status, "{\"message\":\"Bad Gateway\",\"statusCode\":" + status + "}", null, true);
        }
    }

    /** Which requests a rule applies to: the n-th (1-based) of those its filter accepts, or every one from it on. */
    private record Rule(Predicate<String> filter, int nth, boolean onwards, Outcome outcome, int[] seen) {}

    private static final Set<String> FORWARDED_HEADERS = Set.of("authorization", "content-type", "idempotency-key",
            "accept");

    private final MockWebServer server = new MockWebServer();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String target;
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    public ScriptedProxy(String target) {
        this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return server.url("/").toString();
    }

    /** Applies {@code outcome} to the {@code nth} request (1-based) whose "METHOD /path" {@code filter} accepts. */
    public ScriptedProxy on(Predicate<String> filter, int nth, Outcome outcome) {
        rules.add(new Rule(filter, nth, false, outcome, new int[1]));
        return this;
    }

    /** Applies {@code outcome} to the {@code first} matching request and every later one. */
    public ScriptedProxy from(Predicate<String> filter, int first, Outcome outcome) {
        rules.add(new Rule(filter, first, true, outcome, new int[1]));
        return this;
    }

    public void clearRules() {
        rules.clear();
    }

    /** Every request seen so far, as {@code METHOD /path}. */
    public List<String> log() {
        return List.copyOf(log);
    }

    public long count(Predicate<String> filter) {
        return log.stream().filter(filter).count();
    }

    private synchronized MockResponse answer(RecordedRequest request) {
        String line = request.getMethod() + " " + request.getUrl().encodedPath();
        log.add(line);
        Outcome outcome = null;
        for (Rule rule : rules) {
            if (rule.filter().test(line)) {
                rule.seen()[0]++;
                boolean hit = rule.onwards() ? rule.seen()[0] >= rule.nth() : rule.seen()[0] == rule.nth();
                if (outcome == null && hit) {
                    outcome = rule.outcome();
                }
            }
        }
        if (outcome != null && !outcome.forward()) {
            MockResponse.Builder answer = new MockResponse.Builder().code(outcome.status())
                    .setHeader("Content-Type", "application/json").body(outcome.body());
            if (outcome.retryAfter() != null) {
                answer.setHeader("Retry-After", outcome.retryAfter());
            }
            return answer.build();
        }
        HttpResponse<byte[]> forwarded = forward(request);
        if (outcome != null) {
            return new MockResponse.Builder().code(outcome.status()).setHeader("Content-Type", "application/json")
                    .body(outcome.body()).build();
        }
        return new MockResponse.Builder().code(forwarded.statusCode())
                .setHeader("Content-Type", "application/json").body(new String(forwarded.body(),
                        java.nio.charset.StandardCharsets.UTF_8)).build();
    }

    private HttpResponse<byte[]> forward(RecordedRequest request) {
        String query = request.getUrl().encodedQuery();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target + request.getUrl().encodedPath()
                + (query == null ? "" : "?" + query)));
        for (String name : request.getHeaders().names()) {
            if (FORWARDED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                builder.header(name, request.getHeaders().get(name));
            }
        }
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        builder.method(request.getMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** {@code METHOD /path} lines that are writes. */
    public static boolean isWrite(String line) {
        return !line.startsWith("GET ");
    }

    /** For rules: requests whose line starts with {@code prefix}, e.g. {@code "POST /tool"}. */
    public static Predicate<String> startingWith(String prefix) {
        return line -> line.startsWith(prefix);
    }

    static List<String> copy(List<String> lines) {
        return new ArrayList<>(lines);
    }
}
