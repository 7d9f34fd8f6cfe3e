package dev.ferry.apply;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.ledger.LedgerEntry;
import dev.ferry.render.RefFields;
import dev.ferry.render.RefPlaceholder;
import dev.ferry.render.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Swaps {@code @ref:<target>/<key>} placeholders for the ids the org has given (matched by the plan or
 * created in this run). A back-link to an object not made yet is taken out of the body and its top-level
 * field returned, to be written in the second pass once everything exists.
 */
final class RefWiring {
    private RefWiring() {}

    /**
     * Wires {@code body} in place.
     *
     * @param defer whether back-links to missing objects may wait; when false every placeholder must resolve
     * @return the top-level fields left for the second pass
     * @throws FerryException when a placeholder names an object that neither exists nor is being made
     */
    static Set<String> wire(Target target, ObjectNode body, Map<String, String> ids, boolean defer, String where) {
        Set<String> later = new TreeSet<>();
        for (RefFields.RefField field : RefFields.of(target)) {
            List<Runnable> removals = new ArrayList<>();
            visit(body, field.pattern().substring(1).split("/"), 0, (parent, at, value) -> {
                var placeholder = RefPlaceholder.parse(value);
                if (placeholder.isEmpty()) {
                    return;
                }
                String id = ids.get(LedgerEntry.keyOf(placeholder.get().target(), placeholder.get().key()));
                if (id != null) {
                    set(parent, at, id);
                } else if (field.backLink() && defer) {
                    later.add(field.pattern().split("/")[1]);
                    removals.add(() -> remove(parent, at));
                } else {
                    throw new FerryException(ExitCode.ERROR, where + ": refers to " + placeholder.get().target()
                            .spelling() + " '" + placeholder.get().key() + "', which the org does not have and this "
                            + "run did not make");
                }
            });
            for (int i = removals.size() - 1; i >= 0; i--) {
                removals.get(i).run();
            }
        }
        for (String field : later) {
            body.remove(field);
        }
        return later;
    }

    private interface Visitor {
        void visit(JsonNode parent, Object at, String value);
    }

    private static void visit(JsonNode node, String[] tokens, int depth, Visitor visitor) {
        String token = tokens[depth];
        boolean last = depth == tokens.length - 1;
        if (token.equals("*")) {
            if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    step(array, i, array.get(i), tokens, depth, last, visitor);
                }
            }
        } else if (node instanceof ObjectNode object && object.has(token)) {
            step(object, token, object.get(token), tokens, depth, last, visitor);
        }
    }

    private static void step(JsonNode parent, Object at, JsonNode child, String[] tokens, int depth, boolean last,
            Visitor visitor) {
        if (!last) {
            visit(child, tokens, depth + 1, visitor);
        } else if (child.isString()) {
            visitor.visit(parent, at, child.asString());
        }
    }

    private static void set(JsonNode parent, Object at, String id) {
        if (at instanceof Integer index) {
            ((ArrayNode) parent).set(index, tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(id));
        } else {
            ((ObjectNode) parent).put((String) at, id);
        }
    }

    private static void remove(JsonNode parent, Object at) {
        if (at instanceof Integer index) {
            ((ArrayNode) parent).remove(index);
        } else {
            ((ObjectNode) parent).remove((String) at);
        }
    }
}
