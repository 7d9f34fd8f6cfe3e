package dev.ferry.ledger;

import dev.ferry.render.Target;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * One environment's ledger ({@code state/<env>.json}) at a moment: every managed live object, the
 * revision last applied in full, and test verdicts. An absent ledger (or one holding only a test verdict) is
 * {@link #exists()} false: Ferry still works, but cannot tell drift from pending and never prunes from it.
 */
public final class Ledger {
    private final String environment;
    private final boolean exists;
    private final AppliedRevision lastApplied;
    private final JsonNode tests;
    private final Map<String, LedgerEntry> entries;

    Ledger(String environment, boolean exists, AppliedRevision lastApplied, JsonNode tests,
            Map<String, LedgerEntry> entries) {
        this.environment = environment;
        this.exists = exists;
        this.lastApplied = lastApplied;
        this.tests = tests;
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public static Ledger empty(String environment) {
        return new Ledger(environment, false, null, null, Map.of());
    }

    public String environment() {
        return environment;
    }

    public boolean exists() {
        return exists;
    }

    public Optional<AppliedRevision> lastApplied() {
        return Optional.ofNullable(lastApplied);
    }

    /** Golden-path test verdicts as recorded by {@code ferry test}, in their JSON form. */
    public Optional<JsonNode> tests() {
        return Optional.ofNullable(tests);
    }

    /** The last verdict {@code ferry test} recorded; empty when none was, or the record is not readable. */
    public Optional<TestVerdict> testVerdict() {
        return tests == null ? Optional.empty() : LedgerJson.verdict(tests);
    }

    public Optional<LedgerEntry> find(Target target, String key) {
        return Optional.ofNullable(entries.get(LedgerEntry.keyOf(target, key)));
    }

    public Optional<LedgerEntry> byId(Target target, String id) {
        return entries.values().stream().filter(e -> e.target() == target && e.id().equals(id)).findFirst();
    }

    /** Every entry, ordered by ledger key. */
    /** Every secret fingerprint the ledger holds, by the string it was applied from. */
    public Map<String, String> secretFingerprints() {
        Map<String, String> all = new HashMap<>();
        entries.values().forEach(entry -> all.putAll(entry.secrets()));
        return all;
    }

    public Collection<LedgerEntry> entries() {
        return entries.values();
    }

    Map<String, LedgerEntry> entryMap() {
        return entries;
    }

    JsonNode testsNode() {
        return tests;
    }

    AppliedRevision lastAppliedOrNull() {
        return lastApplied;
    }
}
