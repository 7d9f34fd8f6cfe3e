package dev.ferry.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One HTTP request as the router sees it, read in full from the exchange. */
record ApiRequest(
        String method,
        String rawPath,
        String rawQuery,
        List<String> segments,
        Map<String, List<String>> query,
        String authorization,
        String contentType,
        String idempotencyKey,
        byte[] body) {

    private static final Set<String> WRITES = Set.of("POST", "PATCH", "PUT", "DELETE");

    static ApiRequest read(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        List<String> segments = Arrays.stream(rawPath.split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(segment -> URLDecoder.decode(segment, StandardCharsets.UTF_8))
                .toList();
        return new ApiRequest(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                rawPath,
                rawQuery,
                segments,
                parseQuery(rawQuery),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                body);
    }

    boolean isWrite() {
        return WRITES.contains(method);
    }

    /** The URL as Express reports it in "Cannot GET /x": path and query as sent. */
    String rawUrl() {
        return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    }

    /** The token of an {@code Authorization: Bearer <token>} header, or null. */
    String bearerToken() {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, unused -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
