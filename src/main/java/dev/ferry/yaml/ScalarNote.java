package dev.ferry.yaml;

/**
 * A scalar that Ferry read one way while other YAML readers read it another, so that lint can
 * warn: {@code True} is a string here but a boolean for YAML 1.1 readers.
 */
public record ScalarNote(String pointer, Position position, String text, String otherReading) {}
