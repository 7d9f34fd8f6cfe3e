package dev.ferry.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /tool}: a union keyed by {@code type}. The type is fixed at create; a PATCH that sends a
 * different one is refused (sending the same one is accepted, as the 2026-08 spec allows).
 */
final class ToolRules implements KindRules {
    static final List<String> TYPES = List.of(
            "apiRequest", "code", "dtmf", "endCall", "function", "transferCall", "handoff", "bash", "computer",
            "textEditor", "query", "google.calendar.event.create", "google.sheets.row.append",
            "google.calendar.availability.check", "slack.message.send", "sms", "mcp",
            "gohighlevel.calendar.availability.check", "gohighlevel.calendar.event.create",
            "gohighlevel.contact.create", "gohighlevel.contact.get", "sipRequest", "voicemail");

    private static final Set<String> READ_ONLY = KindRules.union(SERVER_FIELDS, Set.of("latestVersion"));
    private static final Pattern FUNCTION_NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");
    private static final Pattern API_REQUEST_NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,40}$");
    private static final List<String> METHODS = List.of("POST", "GET", "PUT", "PATCH", "DELETE");

    @Override
    public Set<String> readOnly() {
        return READ_ONLY;
    }

    @Override
    public void check(ObjectNode body, Violations violations) {
        JsonNode function = body.get("function");
        violations.object(function, "function");
        if (function != null && function.isObject()) {
            JsonNode name = function.get("name");
            if (name == null || name.isNull()) {
                violations.requireString(name, "function.name");
            } else {
                violations.matches(name, "function.name", FUNCTION_NAME);
            }
        }
        violations.oneOf(body.get("method"), "method", METHODS);
        violations.string(body.get("url"), "url");
    }

    @Override
    public void checkCreate(ObjectNode body, Violations violations) {
        violations.requireOneOf(body.get("type"), "type", TYPES);
        checkTypeFields(body.path("type").asString(""), body, violations, true);
    }

    @Override
    public void checkUpdate(
            ObjectNode body, ObjectNode stored, Map<String, List<String>> query, Violations violations) {
        String storedType = stored.path("type").asString("");
        JsonNode type = body.get("type");
        if (type != null && !(type.isString() && type.stringValue().equals(storedType))) {
            violations.add("type must be one of the following values: " + storedType);
        }
        checkTypeFields(storedType, body, violations, false);
    }

    @Override
    public void addServerFields(ObjectNode created) {
        created.putNull("latestVersion");
    }

    @Override
    public void withholdSecrets(ObjectNode object) {
        Secrets.withholdServerSecrets(object);
    }

    @Override
    public ObjectNode present(ObjectNode stored) {
        return Secrets.hideServerSecrets(stored);
    }

    /** The per-type required fields of the Create DTOs; on PATCH only the type checks of present keys apply. */
    private static void checkTypeFields(String type, ObjectNode body, Violations violations, boolean create) {
        switch (type) {
            case "apiRequest" -> {
                violations.matches(body.get("name"), "name", API_REQUEST_NAME);
                if (create) {
                    violations.requireOneOf(body.get("method"), "method", METHODS);
                    violations.requireString(body.get("url"), "url");
                }
            }
            case "code" -> {
                violations.length(body.get("code"), "code", 0, 50000);
                if (create) {
                    violations.requireString(body.get("code"), "code");
                }
            }
            case "sipRequest" -> {
                if (create) {
                    violations.requireString(body.get("verb"), "verb");
                }
            }
            case "bash", "textEditor", "computer" -> {
                if (create) {
                    violations.requireString(body.get("subType"), "subType");
                    violations.requireString(body.get("name"), "name");
                }
                if (create && type.equals("computer")) {
                    violations.requireNumber(body.get("displayWidthPx"), "displayWidthPx");
                    violations.requireNumber(body.get("displayHeightPx"), "displayHeightPx");
                }
            }
            default -> {
                // The other types require nothing beyond `type`.
            }
        }
    }
}
