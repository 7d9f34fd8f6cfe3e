package dev.ferry.apply;

import dev.ferry.vapi.VapiException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the org's refusal of a write into lines that name the file (pitfall B40): every message of a
 * validation answer on its own line, prefixed with the resource's file and, where the message names a
 * field the file sets, its line and column, so a 400 that lists three problems shows three.
 */
final class ServerErrors {
    private ServerErrors() {}

    static List<String> lines(String where, VapiException refused, SourceLocator locator) {
        List<String> lines = new ArrayList<>();
        String messages = refused.serverMessage();
        if (refused.status() == 400 && !messages.isBlank()) {
            for (String message : messages.split("; ")) {
                lines.add(locator.where(where, message.strip()) + ": server rejected: " + message.strip());
            }
            return lines;
        }
        lines.add(where + ": " + refused.getMessage());
        return lines;
    }
}
