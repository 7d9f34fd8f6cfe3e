package dev.ferry.secrets;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 fingerprints of applied secret values, keyed with the environment's API token: the ledger
 * can tell that a secret changed without holding it, and no key lives in Git. A new token makes every
 * fingerprint differ once, which shows as one round of secret updates.
 */
public final class Fingerprints {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public Fingerprints(String apiToken) {
        if (apiToken == null || apiToken.isEmpty()) {
            throw new IllegalArgumentException("fingerprints need the environment's API token as key");
        }
        this.key = new SecretKeySpec(apiToken.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The hex fingerprint of {@code value}. */
    public String of(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
