package dev.ferry.render;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces {@code ${params.NAME}} in every string with the environment's param. A string that is
 * exactly one placeholder takes the param's own type, so {@code temperature: ${params.t}} stays a
 * number. Secret references are left alone: only apply resolves them.
 */
final class ParamSubstitution {
    private static final Pattern PARAM = Pattern.compile("\\$\\{\\s*params\\.([A-Za-z][A-Za-z0-9_]*)\\s*}");

    private ParamSubstitution() {}

    static JsonNode apply(JsonNode node, Map<String, JsonNode> params, String environment) {
        if (node.isString()) {
            return substitute(node.asString(), params, environment);
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (var entry : object.properties()) {
                copy.set(entry.getKey(), apply(entry.getValue(), params, environment));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(item -> copy.add(apply(item, params, environment)));
            return copy;
        }
        return node.deepCopy();
    }

    private static JsonNode substitute(String text, Map<String, JsonNode> params, String environment) {
        Matcher whole = PARAM.matcher(text);
        if (whole.matches()) {
            return lookup(whole.group(1), params, environment).deepCopy();
        }
        Matcher matcher = PARAM.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            JsonNode value = lookup(matcher.group(1), params, environment);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.asString()));
        }
        matcher.appendTail(out);
        return JsonNodeFactory.instance.stringNode(out.toString());
    }

    private static JsonNode lookup(String name, Map<String, JsonNode> params, String environment) {
        JsonNode value = params.get(name);
        if (value == null) {
            throw new RenderException("param '" + name + "' is not defined for environment '" + environment + "'");
        }
        return value;
    }
}
