package dev.ferry.schema;

import com.networknt.schema.Error;
import dev.ferry.config.Finding;
import dev.ferry.yaml.Position;
import dev.ferry.yaml.SourceMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Words a schema violation the way Ferry words every finding: what is wrong with the value
 * and what was found, e.g. {@code must be at most 2 (found 3.5)}.
 */
final class ViolationMessages {
    private ViolationMessages() {}

    static Finding toFinding(Error error, String pointer, SourceMap sourceMap, String file) {
        JsonNode schema = error.getSchemaNode();
        JsonNode found = error.getInstanceNode();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        switch (keyword) {
            case "required": {
                String property = error.getProperty();
                return Finding.error(file, sourceMap.valueAt(pointer), FieldPaths.of(pointer),
                        "missing required field '" + property + "'", "schema");
            }
            case "additionalProperties": {
                String property = error.getProperty();
                String child = SourceMap.child(pointer, property);
                return Finding.error(file, sourceMap.keyAt(child), FieldPaths.of(child),
                        "unknown field '" + property + "'", "schema");
            }
            case "propertyNames": {
                // The error is raised on the mapping; the name that broke the rule is its property.
                String name = error.getProperty();
                if (name == null) {
                    break;
                }
                String child = SourceMap.child(pointer, name);
                String rule = schema.path("pattern").isString() ? "must match " + schema.get("pattern").asString()
                        : "is not allowed here";
                return Finding.error(file, sourceMap.keyAt(child), FieldPaths.of(child), "name '" + name + "' " + rule,
                        "schema");
            }
            case "not": {
                // Ferry's schemas use not only to forbid fields; the description says why.
                JsonNode forbidden = schema.path("required");
                if (forbidden.isEmpty()) {
                    break;
                }
                String last = forbidden.get(forbidden.size() - 1).asString();
                String child = SourceMap.child(pointer, last);
                String others = StreamSupport.stream(forbidden.spliterator(), false).limit(forbidden.size() - 1)
                        .map(ViolationMessages::shown).collect(Collectors.joining(" and "));
                String why = schema.path("description").isString() ? " (" + schema.get("description").asString() + ")"
                        : "";
                return Finding.error(file, sourceMap.keyAt(child), FieldPaths.of(child), (others.isEmpty()
                        ? "not allowed here" : "cannot be used together with " + others) + why, "schema");
            }
            case "false":
                return Finding.error(file, sourceMap.keyAt(pointer), FieldPaths.of(pointer),
                        "unknown sugar key '" + lastToken(pointer) + "'; Ferry's ref keys are systemPromptRef, "
                                + "safetyPolicyRef, authRef and schemaRef", "schema");
            default:
                break;
        }
        return Finding.error(file, positionOf(keyword, pointer, sourceMap), FieldPaths.of(pointer),
                describe(keyword, schema, found, error), "schema");
    }

    private static Position positionOf(String keyword, String pointer, SourceMap sourceMap) {
        return "propertyNames".equals(keyword) ? sourceMap.keyAt(pointer) : sourceMap.valueAt(pointer);
    }

    private static String describe(String keyword, JsonNode schema, JsonNode found, Error error) {
        return switch (keyword) {
            case "type" -> "must be " + typeWords(schema) + " (found " + typeOf(found) + ")";
            case "enum" -> "must be one of " + values(schema) + " (found " + shown(found) + ")";
            case "const" -> "must be " + shown(schema) + " (found " + shown(found) + ")";
            case "maximum" -> "must be at most " + schema.asString() + " (found " + shown(found) + ")";
            case "minimum" -> "must be at least " + schema.asString() + " (found " + shown(found) + ")";
            case "exclusiveMinimum" -> "must be more than " + schema.asString() + " (found " + shown(found) + ")";
            case "exclusiveMaximum" -> "must be less than " + schema.asString() + " (found " + shown(found) + ")";
            case "maxLength" -> "must be at most " + schema.asString() + " characters (found "
                    + found.asString().codePointCount(0, found.asString().length()) + ")";
            case "minLength" -> "must be at least " + schema.asString() + " characters";
            case "minItems" -> "must have at least " + schema.asString() + " item(s)";
            case "minProperties" -> "must have at least " + schema.asString() + " entry";
            case "pattern" -> "must match " + schema.asString() + " (found " + shown(found) + ")";
            case "propertyNames" -> "name " + shown(found) + " is not allowed here";
            case "oneOf" -> OneOfErrors.describe(schema, found);
            case "not" -> "has a combination of fields that is not allowed";
            default -> error.getMessage();
        };
    }

    static String typeWords(JsonNode schema) {
        if (schema.isArray()) {
            return StreamSupport.stream(schema.spliterator(), false)
                    .map(node -> article(node.asString()))
                    .collect(Collectors.joining(" or "));
        }
        return article(schema.asString());
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "an integer";
            case "null" -> "null";
            default -> "a " + type;
        };
    }

    static String typeOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isBoolean()) {
            return "boolean " + node.asString();
        }
        if (node.isNumber()) {
            return "number " + node.asString();
        }
        return "string '" + node.asString() + "'";
    }

    private static String shown(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "'" + node.asString() + "'";
        }
        if (node.isContainer()) {
            return typeOf(node);
        }
        return node.asString();
    }

    private static String values(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(ViolationMessages::shown)
                .collect(Collectors.joining(", "));
    }

    private static String lastToken(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
}
