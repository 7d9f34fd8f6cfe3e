package dev.ferry.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects validation failures in class-validator's wording ({@code name must be shorter than or equal
 * to 40 characters}), so that one 400 lists them all, as Vapi's ValidationPipe does. Each check takes
 * the value (null when the key is absent) and its dotted path; absent and JSON-null values pass every
 * check except the {@code require} ones, as with {@code @IsOptional()}.
 */
final class Violations {
    private final List<String> messages = new ArrayList<>();

    void add(String message) {
        messages.add(message);
    }

    /** The whitelist: a top-level key the DTO does not declare is refused by name. */
    void rejectProperties(ObjectNode body, Predicate<String> accepted) {
        for (String key : body.propertyNames()) {
            if (!accepted.test(key)) {
                add("property " + key + " should not exist");
            }
        }
    }

    void requireString(JsonNode value, String path) {
        if (value == null || !value.isString()) {
            add(path + " must be a string");
        }
    }

    void requireObject(JsonNode value, String path) {
        if (value == null || !value.isObject()) {
            add(path + " must be an object");
        }
    }

    void requireArray(JsonNode value, String path) {
        if (value == null || !value.isArray()) {
            add(path + " must be an array");
        }
    }

    void requireNumber(JsonNode value, String path) {
        if (value == null || !value.isNumber()) {
            add(path + " must be a number conforming to the specified constraints");
        }
    }

    void requireOneOf(JsonNode value, String path, Collection<String> allowed) {
        if (value == null || !value.isString() || !allowed.contains(value.stringValue())) {
            add(path + " must be one of the following values: " + String.join(", ", allowed));
        }
    }

    void oneOf(JsonNode value, String path, Collection<String> allowed) {
        if (isSet(value)) {
            requireOneOf(value, path, allowed);
        }
    }

    void string(JsonNode value, String path) {
        if (isSet(value)) {
            requireString(value, path);
        }
    }

    void object(JsonNode value, String path) {
        if (isSet(value)) {
            requireObject(value, path);
        }
    }

    /** {@code @Length(min, max)} on an optional string. */
    void length(JsonNode value, String path, int min, int max) {
        if (!isSet(value)) {
            return;
        }
        if (!value.isString()) {
            add(path + " must be a string");
        } else if (value.stringValue().length() > max) {
            add(path + " must be shorter than or equal to " + max + " characters");
        } else if (value.stringValue().length() < min) {
            add(path + " must be longer than or equal to " + min + " characters");
        }
    }

    void range(JsonNode value, String path, double min, double max) {
        if (!isSet(value)) {
            return;
        }
        if (!value.isNumber()) {
            add(path + " must be a number conforming to the specified constraints");
        } else if (value.doubleValue() < min) {
            add(path + " must not be less than " + plain(min));
        } else if (value.doubleValue() > max) {
            add(path + " must not be greater than " + plain(max));
        }
    }

    /** {@code @Matches}; the pattern is quoted as class-validator prints it, as a JavaScript literal. */
    void matches(JsonNode value, String path, Pattern pattern) {
        if (!isSet(value)) {
            return;
        }
        if (!value.isString()) {
            add(path + " must be a string");
        } else if (!pattern.matcher(value.stringValue()).matches()) {
            add(path + " must match /" + pattern.pattern() + "/ regular expression");
        }
    }

    void uuid(JsonNode value, String path) {
        if (isSet(value) && !(value.isString() && Uuids.isUuid(value.stringValue()))) {
            add(path + " must be a UUID");
        }
    }

    /** {@code @IsUUID({each: true})}: one message for the array, prefixed with the path of its parent. */
    void uuidArray(JsonNode value, String parentPrefix, String field) {
        if (!isSet(value)) {
            return;
        }
        if (!value.isArray()) {
            add(parentPrefix + field + " must be an array");
            return;
        }
        for (JsonNode entry : value) {
            if (!(entry.isString() && Uuids.isUuid(entry.stringValue()))) {
                add(parentPrefix + "each value in " + field + " must be a UUID");
                return;
            }
        }
    }

    /** Checks every {@code toolIds} array anywhere in the tree: in a model, an override, an inline member. */
    void toolIdsAnywhere(JsonNode node, String prefix) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (entry.getKey().equals("toolIds")) {
                    uuidArray(entry.getValue(), prefix, "toolIds");
                } else {
                    toolIdsAnywhere(entry.getValue(), prefix + entry.getKey() + ".");
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                toolIdsAnywhere(node.get(i), prefix + i + ".");
            }
        }
    }

    void throwIfAny() {
        if (!messages.isEmpty()) {
            throw ApiError.validation(messages);
        }
    }

    private static boolean isSet(JsonNode value) {
        return value != null && !value.isNull();
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
