package dev.ferry.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the diff fixtures under {@code src/test/resources/dev/ferry/diff/}. */
final class DiffFixtures {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DiffFixtures() {}

    static String text(String name) {
        try (InputStream in = DiffFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        return JSON.readTree(text(name));
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}
