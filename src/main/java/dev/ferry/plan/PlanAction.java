package dev.ferry.plan;

import dev.ferry.config.Kind;
import dev.ferry.ledger.LedgerEntry;
import dev.ferry.render.Target;
import dev.ferry.workspace.Status;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * One step of a plan: what happens to one object and why.
 *
 * @param kind and slug the document the object comes from (null for a delete of something Git no longer has)
 * @param id the live object's id; null for a create
 * @param payload the rendered payload, with {@code @ref:} placeholders and {@code ${secrets://...}}
 *     references; null for a delete
 * @param managed the top-level fields Ferry manages on the object (the ledger hash covers these)
 * @param write the top-level fields an update sends (each whole); every field for a create
 * @param changes one line per difference, for people; secrets appear as "(sensitive value changed)"
 * @param secrets fingerprint of each secret-bearing string of the payload, as resolved for this plan
 * @param liveHash sha256 of the live object as read; liveFields the same per top-level field
 * @param viewHash the hash of the live object's managed view, which the ledger records for a no-op
 * @param reason why a replace or delete happens, or what a no-op refreshes
 */
public record PlanAction(ActionType type, Target target, String key, Kind kind, String slug, String file,
        String name, String id, ObjectNode payload, List<String> managed, List<String> write, List<String> changes,
        List<String> backLinks, Map<String, String> secrets, String liveHash, Map<String, String> liveFields,
        String viewHash, Status status, String reason) {
    public PlanAction {
        managed = List.copyOf(managed);
        write = List.copyOf(write);
        changes = List.copyOf(changes);
        backLinks = List.copyOf(backLinks);
        secrets = java.util.Collections.unmodifiableMap(new TreeMap<>(secrets));
        liveFields = java.util.Collections.unmodifiableMap(new TreeMap<>(liveFields));
        payload = payload == null ? null : payload.deepCopy();
    }

    /** {@code tool/end-call}. */
    public String ledgerKey() {
        return LedgerEntry.keyOf(target, key);
    }

    /** The document's file when known, else the ledger key: how messages name the object. */
    public String where() {
        return file != null ? file : ledgerKey();
    }

    @Override
    public ObjectNode payload() {
        return payload == null ? null : payload.deepCopy();
    }

    PlanAction with(ActionType newType, List<String> newWrite, List<String> newChanges, String newReason) {
        return new PlanAction(newType, target, key, kind, slug, file, name, id, payload, managed, newWrite,
                newChanges, backLinks, secrets, liveHash, liveFields, viewHash,
                newType == ActionType.NO_OP ? status : status == Status.IN_SYNC ? Status.PENDING : status,
                newReason);
    }
}
