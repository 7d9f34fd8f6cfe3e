package dev.ferry.vapi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every line the client would have logged. */
final class CapturedLog implements ExchangeLog {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public void write(String line) {
        lines.add(line);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    String text() {
        return String.join("\n", lines);
    }
}
