package dev.ferry.diff;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ResourceDiff} as JSON for {@code --output json}. The field names are a
 * contract with scripts: {@code changes[].path, kind, before, after, summary, text}, and
 * {@code hunks[].leftStart, leftCount, rightStart, rightCount, rows[]}, each row with
 * {@code kind, leftLine, rightLine, left, right, leftSpans, rightSpans}. A side a change or row
 * does not have is left out, so an absent value never reads as JSON null.
 */
final class DiffJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DiffJson() {}

    static ObjectNode of(ResourceDiff diff) {
        ObjectNode root = NODES.objectNode();
        ArrayNode changes = root.putArray("changes");
        for (int i = 0; i < diff.changes().size(); i++) {
            Change change = diff.changes().get(i);
            ObjectNode node = changes.addObject();
            node.put("path", change.path());
            node.put("kind", change.kind().label());
            if (!change.before().isMissingNode()) {
                node.set("before", change.before());
            }
            if (!change.after().isMissingNode()) {
                node.set("after", change.after());
            }
            node.put("summary", diff.summary().get(i));
            diff.textOf(change).ifPresent(text -> {
                ObjectNode textNode = node.putObject("text");
                textNode.put("changedLines", text.changedLines());
                textNode.set("hunks", hunks(text.hunks()));
            });
        }
        root.set("hunks", hunks(diff.yaml().hunks()));
        return root;
    }

    static ArrayNode hunks(List<Hunk> hunks) {
        ArrayNode array = NODES.arrayNode();
        for (Hunk hunk : hunks) {
            ObjectNode node = array.addObject();
            node.put("leftStart", hunk.leftStart());
            node.put("leftCount", hunk.leftCount());
            node.put("rightStart", hunk.rightStart());
            node.put("rightCount", hunk.rightCount());
            ArrayNode rows = node.putArray("rows");
            hunk.rows().forEach(row -> rows.add(row(row)));
        }
        return array;
    }

    private static ObjectNode row(DiffRow row) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", row.kind().label());
        if (row.hasLeft()) {
            node.put("leftLine", row.leftLine());
            node.put("left", row.left());
        }
        if (row.hasRight()) {
            node.put("rightLine", row.rightLine());
            node.put("right", row.right());
        }
        if (row.kind() == DiffRow.Kind.CHANGE) {
            node.set("leftSpans", spans(row.leftSpans()));
            node.set("rightSpans", spans(row.rightSpans()));
        }
        return node;
    }

    private static ArrayNode spans(List<Span> spans) {
        ArrayNode array = NODES.arrayNode();
        for (Span span : spans) {
            array.addObject().put("start", span.start()).put("end", span.end());
        }
        return array;
    }
}
