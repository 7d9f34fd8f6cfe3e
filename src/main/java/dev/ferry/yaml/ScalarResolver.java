package dev.ferry.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Types plain scalars the way Ferry reads YAML: the JSON schema of YAML 1.2. Only {@code true},
 * {@code false}, {@code null} and JSON numbers are not strings, so {@code no}, {@code off},
 * {@code +15550100001}, {@code 0123} and {@code 12:30} stay the strings that Vapi expects.
 */
final class ScalarResolver {
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern FLOAT = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]*)?([eE][-+]?[0-9]+)?");

    private static final Pattern CORE_BOOLEAN = Pattern.compile("True|TRUE|False|FALSE");
    private static final Pattern CORE_NULL = Pattern.compile("~|Null|NULL");
    private static final Pattern YAML11_BOOLEAN = Pattern.compile("Yes|YES|No|NO|On|ON|Off|OFF|Y|N");
    private static final Pattern CORE_NUMBER =
            Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|0x[0-9a-fA-F]+|0o[0-7]+");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScalarResolver() {}

    static JsonNode resolvePlain(String text) {
        switch (text) {
            case "", "null":
                return NODES.nullNode();
            case "true":
                return NODES.booleanNode(true);
            case "false":
                return NODES.booleanNode(false);
            default:
                break;
        }
        if (INTEGER.matcher(text).matches()) {
            BigInteger value = new BigInteger(text);
            return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
        }
        if (FLOAT.matcher(text).matches()) {
            return NODES.numberNode(new BigDecimal(text));
        }
        return NODES.stringNode(text);
    }

    /** How other readers would take a plain scalar that Ferry reads as a string, if they differ. */
    static Optional<String> otherReading(String text) {
        if (CORE_BOOLEAN.matcher(text).matches()) {
            return Optional.of("a boolean for YAML 1.2 core-schema readers");
        }
        if (CORE_NULL.matcher(text).matches()) {
            return Optional.of("null for most YAML readers");
        }
        if (YAML11_BOOLEAN.matcher(text).matches()) {
            return Optional.of("a boolean for YAML 1.1 readers");
        }
        if (CORE_NUMBER.matcher(text).matches()) {
            return Optional.of("a number for YAML 1.2 core-schema readers");
        }
        return Optional.empty();
    }
}
