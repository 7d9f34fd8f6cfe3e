package dev.ferry.runs;

import dev.ferry.vapi.ExchangeListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A run's {@code audit.jsonl}: one line per HTTP request, written as the request ends (time,
 * environment, method, path, status, duration, idempotency key and the SHA-256 of both bodies). Bodies
 * and headers never reach it, so neither can a secret. Each line is flushed at once, so a run killed
 * mid-way keeps the record of everything it sent.
 */
public final class AuditLog implements ExchangeListener, AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BufferedWriter out;
    private int lines;

    AuditLog(Path file) {
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    @Override
    public synchronized void onExchange(Exchange exchange) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", exchange.at().toString());
        line.put("environment", exchange.environment());
        line.put("method", exchange.method());
        line.put("path", exchange.path());
        line.put("status", exchange.status());
        line.put("durationMs", exchange.duration().toMillis());
        line.put("idempotencyKey", exchange.idempotencyKey());
        line.put("requestSha256", exchange.requestSha256());
        line.put("responseSha256", exchange.responseSha256());
        try {
            out.write(JSON.writeValueAsString(line));
            out.newLine();
            out.flush();
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit log", e);
        }
    }

    /** How many requests have been recorded. */
    public synchronized int lines() {
        return lines;
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the audit log", e);
        }
    }
}
