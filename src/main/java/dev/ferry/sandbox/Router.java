package dev.ferry.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP handler: the injected latency, then in the order the real API works route (404) and
 * authenticate (401), then the injected failures, then the handler. An answer marked for dropping is
 * not sent at all: the write has happened, and the client sees its connection closed, as when a
 * response is lost on the way.
 */
final class Router implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final Routes routes;
    private final Orgs orgs;
    private volatile Faults faults;
    private final java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();

    /** API requests received so far, answered or not: benchmarks compare it with their floor. */
    long served() {
        return served.get();
    }
    private final IdempotencyKeys idempotencyKeys;

    /** @param idempotencyKeys null when {@code Idempotency-Key} is ignored, as by the real API */
    /** Swaps the fault injection, e.g. once a load has filled the orgs without faults. */
    void useFaults(Faults next) {
        this.faults = next;
    }

    Router(Routes routes, Orgs orgs, Faults faults, IdempotencyKeys idempotencyKeys) {
        this.routes = routes;
        this.orgs = orgs;
        this.faults = faults;
        this.idempotencyKeys = idempotencyKeys;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            ApiRequest request = ApiRequest.read(exchange);
            if (!Routes.isAdmin(request)) {
                served.incrementAndGet();
            }
            Answer answer = answer(request);
            if (answer.drop()) {
                LOG.debug("dropping the answer to {} {}", request.method(), request.rawPath());
                return; // closed below without a status line
            }
            send(exchange, request.method().equals("HEAD"), answer.reply());
        } finally {
            exchange.close();
        }
    }

    /** An answer, and whether to withhold it. */
    private record Answer(ApiReply reply, boolean drop) {}

    private Answer answer(ApiRequest request) {
        try {
            if (!Routes.isAdmin(request)) {
                faults.delay();
            }
            Routes.Route route = routes.find(request);
            if (!route.authenticated()) {
                return new Answer(route.action().handle(null, request), false);
            }
            OrgData org = orgs.authenticate(request.bearerToken()).orElseThrow(ApiError::unauthorized);
            Faults.Verdict verdict = faults.decide(org.name(), request.isWrite());
            if (verdict.rejection().isPresent()) {
                return new Answer(verdict.rejection().get(), false);
            }
            ApiReply reply = carryOut(route, org, request);
            return new Answer(reply, verdict.dropResponse() && reply.isSuccess());
        } catch (ApiError error) {
            return new Answer(error.reply(), false);
        } catch (RuntimeException unexpected) {
            LOG.error("sandbox failed on {} {}", request.method(), request.rawPath(), unexpected);
            return new Answer(new ApiReply(500, ApiError.body(500, "Internal server error"), Map.of()), false);
        }
    }

    private ApiReply carryOut(Routes.Route route, OrgData org, ApiRequest request) {
        if (idempotencyKeys != null && request.method().equals("POST") && request.idempotencyKey() != null) {
            return idempotencyKeys.run(org.name(), request.idempotencyKey(), request.rawPath(),
                    () -> route.action().handle(org, request));
        }
        return route.action().handle(org, request);
    }

    private static void send(HttpExchange exchange, boolean head, ApiReply reply) throws IOException {
        byte[] body = Json.write(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        // A HEAD answer carries no body; the JDK server refuses to write one.
        exchange.sendResponseHeaders(reply.status(), head ? -1 : body.length);
        if (head) {
            return;
        }
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
