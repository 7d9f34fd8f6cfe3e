package dev.ferry.yaml;

/** A file that cannot be read as one YAML or JSON document; the position says where. */
public final class YamlException extends Exception {
    private final Position position;
    private final String ruleId;

    YamlException(String message, Position position, String ruleId) {
        super(message);
        this.position = position;
        this.ruleId = ruleId;
    }

    public Position position() {
        return position;
    }

    /** The finding id: {@code yaml-syntax}, {@code yaml-duplicate-key}, {@code file-empty} and the like. */
    public String ruleId() {
        return ruleId;
    }
}
