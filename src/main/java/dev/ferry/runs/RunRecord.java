package dev.ferry.runs;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code run.json} says about a run: who asked for it and on what authority (ticket, approvers,
 * confirmations, the checklist), what it carried out and how it ended. Built up while the run goes and
 * written again at each step, so a killed run still says how far it got.
 */
public final class RunRecord {
    private final ObjectNode root = RunFolder.JSON.createObjectNode();
    private final ArrayNode done;
    private final ArrayNode checklist;

    public RunRecord(String id, String environment, String command, String startedAt) {
        root.put("id", id);
        root.put("environment", environment);
        root.put("command", command);
        root.put("startedAt", startedAt);
        root.put("outcome", "running");
        checklist = root.putArray("checklist");
        done = root.putArray("done");
    }

    /** Reads a record back for {@code ferry runs}. */
    public static RunRecord of(JsonNode node) {
        RunRecord record = new RunRecord(node.path("id").asString(), node.path("environment").asString(),
                node.path("command").asString(), node.path("startedAt").asString());
        record.root.setAll((ObjectNode) node);
        return record;
    }

    public synchronized RunRecord approval(String ticket, List<String> approvers, List<String> confirmations) {
        root.put("ticket", ticket);
        ArrayNode names = root.putArray("approvedBy");
        approvers.forEach(names::add);
        ArrayNode confirmed = root.putArray("confirmations");
        confirmations.forEach(confirmed::add);
        return this;
    }

    public synchronized RunRecord git(String sha, boolean dirty, String revision) {
        root.put("gitSha", sha);
        root.put("gitDirty", dirty);
        root.put("revision", revision);
        return this;
    }

    public synchronized RunRecord checkItem(String item, String state, String detail) {
        checklist.addObject().put("item", item).put("state", state).put("detail", detail);
        return this;
    }

    /** One write carried out: {@code created tool/end-call 0d3a...}. */
    public synchronized RunRecord did(String verb, String ledgerKey, String id) {
        done.addObject().put("action", verb).put("resource", ledgerKey).put("id", id);
        return this;
    }

    public synchronized RunRecord finish(String outcome, String finishedAt, String message, List<String> notDone) {
        root.put("outcome", outcome);
        root.put("finishedAt", finishedAt);
        root.put("message", message);
        ArrayNode pending = root.putArray("notDone");
        notDone.forEach(pending::add);
        return this;
    }

    public synchronized String id() {
        return root.path("id").asString();
    }

    public synchronized String outcome() {
        return root.path("outcome").asString();
    }

    public synchronized List<String> doneLines() {
        List<String> lines = new ArrayList<>();
        root.path("done").forEach(item -> lines.add(item.path("action").asString() + " "
                + item.path("resource").asString() + " "
                + item.path("id").asString()));
        return lines;
    }

    public synchronized ObjectNode toJson() {
        return root.deepCopy();
    }
}
