package dev.ferry.canonical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes canonical trees as compact JSON text (keys already sorted) and hashes that text. */
public final class CanonicalJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CanonicalJson() {}

    public static String text(JsonNode tree) {
        return JSON.writeValueAsString(tree);
    }

    public static String sha256(JsonNode tree) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text(tree).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
