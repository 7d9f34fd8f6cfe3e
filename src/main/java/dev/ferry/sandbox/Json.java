package dev.ferry.sandbox;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The sandbox's one JSON mapper: reading request bodies and stored files, writing responses. */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static JsonNode text(String value) {
        return MAPPER.getNodeFactory().stringNode(value);
    }

    static JsonNode number(double value) {
        return MAPPER.getNodeFactory().numberNode(value);
    }

    /** Reads a request body; an empty body counts as {@code {}}, as it does for Express's JSON parser. */
    static ObjectNode readBody(byte[] body) {
        if (body.length == 0) {
            return object();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JacksonException e) {
            long offset = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getByteOffset());
            throw ApiError.badRequest("Unexpected token in JSON at position " + offset);
        }
        if (node == null || node.isMissingNode()) {
            return object();
        }
        if (!node.isObject()) {
            throw ApiError.badRequest("Request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** Reads a JSON object (a stored file, a metadata field); the caller says what failed when this throws. */
    static ObjectNode readObject(byte[] content) {
        JsonNode node = MAPPER.readTree(content);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return (ObjectNode) node;
    }

    static byte[] write(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    static byte[] writePretty(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    }
}
