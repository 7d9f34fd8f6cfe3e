package dev.ferry.ledger;

import dev.ferry.render.Target;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the ledger knows about one managed live object: which resource it is, its id in the org, the Git
 * sha and content hash it was last applied with, the top-level fields Ferry manages on it, and an HMAC
 * fingerprint of each secret-bearing string it was applied with (keyed by the string as written, with
 * its {@code ${secrets://...}} placeholders).
 *
 * @param kind and slug the document it came from, for messages
 * @param hash sha256 of the canonical form of the managed fields, from the write response
 * @param fields the top-level fields the hash covers
 */
public record LedgerEntry(Target target, String key, String kind, String slug, String id, String sha, String hash,
        List<String> fields, Map<String, String> secrets, String appliedAt, String run) {
    public LedgerEntry {
        fields = List.copyOf(fields);
        secrets = java.util.Collections.unmodifiableMap(new TreeMap<>(secrets));
    }

    /** The ledger key of a resource: {@code tool/end-call}. */
    public static String keyOf(Target target, String key) {
        return target.spelling() + "/" + key;
    }

    public String ledgerKey() {
        return keyOf(target, key);
    }
}
