package dev.ferry.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import tools.jackson.databind.JsonNode;

/**
 * What a YAML file carries besides its values: comments, blank lines between entries, and the
 * order of keys in each mapping, indexed by JSON Pointer. Read with snakeyaml-engine's comment
 * support, which hangs each comment on a node: lines above an entry become its "before"
 * comments, a comment after a value on the same line its "inline" comment, and comments after
 * the last entry of the document its trailer. The first entry's comments count as the file
 * header, so they stay at the top whatever the key order. Sequence items are indexed by position:
 * a comment on item 2 stays with whatever item is at position 2.
 */
public final class YamlLayout {
    /** A file with nothing to keep: what a new file starts from. */
    public static final YamlLayout EMPTY = new YamlLayout(Map.of(), Map.of(), List.of(), List.of());

    /** The comment lines around one node; a blank line is an empty string. */
    record Comments(List<String> before, List<String> inline, List<String> end) {
        static final Comments NONE = new Comments(List.of(), List.of(), List.of());
    }

    static final String BLANK = "";

    private final Map<String, Comments> comments;
    private final Map<String, List<String>> keyOrders;
    private final List<String> header;
    private final List<String> trailer;

    private YamlLayout(Map<String, Comments> comments, Map<String, List<String>> keyOrders, List<String> header,
            List<String> trailer) {
        this.comments = comments;
        this.keyOrders = keyOrders;
        this.header = header;
        this.trailer = trailer;
    }

    /**
     * Reads the layout of one YAML document. Fails when the text is not valid YAML, or when
     * snakeyaml-engine cannot place its comments, so a caller never rewrites a file whose
     * comments it could not see.
     */
    public static YamlLayout read(String text) throws YamlException {
        LoadSettings settings = LoadSettings.builder().setParseComments(true)
                .setCodePointLimit(YamlReader.MAX_DOCUMENT_BYTES).setAllowDuplicateKeys(true).build();
        Node root;
        try {
            Iterator<Node> documents = new Compose(settings).composeAllFromReader(new StringReader(text)).iterator();
            if (!documents.hasNext()) {
                return EMPTY;
            }
            root = documents.next();
        } catch (YamlEngineException e) {
            throw new YamlException("cannot read the file's comments: " + firstLine(e.getMessage()), Position.START,
                    "yaml-comments");
        }
        Collector collector = new Collector();
        collector.visit(root, "");
        List<String> trailer = new ArrayList<>(texts(root.getEndComments()));
        return new YamlLayout(collector.comments, collector.keyOrders, collector.header, trailer);
    }

    Comments at(String pointer) {
        return comments.getOrDefault(pointer, Comments.NONE);
    }

    Optional<List<String>> keyOrder(String pointer) {
        return Optional.ofNullable(keyOrders.get(pointer));
    }

    List<String> header() {
        return header;
    }

    List<String> trailer() {
        return trailer;
    }

    /** Every comment line of the file, blank lines left out, in no particular order. */
    public List<String> commentLines() {
        List<String> all = new ArrayList<>();
        addComments(all, header);
        addComments(all, trailer);
        for (Comments node : comments.values()) {
            addComments(all, node.before());
            addComments(all, node.inline());
            addComments(all, node.end());
        }
        all.sort(null);
        return all;
    }

    /** The comments a rewrite into {@code tree} must drop, because the entry they sat on is gone; by pointer. */
    public Map<String, List<String>> orphanedBy(JsonNode tree) {
        Map<String, List<String>> orphans = new HashMap<>();
        comments.forEach((pointer, node) -> {
            if (tree.at(pointer).isMissingNode()) {
                List<String> lines = new ArrayList<>();
                addComments(lines, node.before());
                addComments(lines, node.inline());
                addComments(lines, node.end());
                if (!lines.isEmpty()) {
                    orphans.put(pointer, lines);
                }
            }
        });
        return orphans;
    }

    private static void addComments(List<String> into, List<String> lines) {
        lines.stream().filter(line -> !line.equals(BLANK)).forEach(into::add);
    }

    private static List<String> texts(List<CommentLine> lines) {
        if (lines == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(lines.size());
        for (CommentLine line : lines) {
            texts.add(line.getCommentType() == CommentType.BLANK_LINE ? BLANK : "#" + line.getValue());
        }
        return texts;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Walks the composed nodes once, filing each comment under the pointer of the entry it belongs to. */
    private static final class Collector {
        final Map<String, Comments> comments = new HashMap<>();
        final Map<String, List<String>> keyOrders = new HashMap<>();
        List<String> header = List.of();

        void visit(Node node, String pointer) {
            if (node instanceof MappingNode mapping) {
                List<String> order = new ArrayList<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                        continue;
                    }
                    String child = SourceMap.child(pointer, key.getValue());
                    order.add(key.getValue());
                    file(child, tuple.getKeyNode(), tuple.getValueNode(), pointer.isEmpty() && order.size() == 1);
                    visit(tuple.getValueNode(), child);
                }
                keyOrders.put(pointer, List.copyOf(order));
                fileEnd(pointer, node);
            } else if (node instanceof SequenceNode sequence) {
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    String child = SourceMap.child(pointer, i);
                    file(child, null, items.get(i), false);
                    visit(items.get(i), child);
                }
                fileEnd(pointer, node);
            }
        }

        private void file(String pointer, Node key, Node value, boolean isFirstOfFile) {
            List<String> before = new ArrayList<>();
            List<String> inline = new ArrayList<>();
            if (key != null) {
                before.addAll(texts(key.getBlockComments()));
                inline.addAll(texts(key.getInLineComments()));
            }
            before.addAll(texts(value.getBlockComments()));
            inline.addAll(texts(value.getInLineComments()));
            if (isFirstOfFile) {
                header = List.copyOf(before);
                before.clear();
            }
            if (!before.isEmpty() || !inline.isEmpty()) {
                Comments existing = comments.getOrDefault(pointer, Comments.NONE);
                comments.put(pointer, new Comments(List.copyOf(before), List.copyOf(inline), existing.end()));
            }
        }

        private void fileEnd(String pointer, Node node) {
            if (pointer.isEmpty()) {
                return;
            }
            List<String> end = texts(node.getEndComments());
            if (!end.isEmpty()) {
                Comments existing = comments.getOrDefault(pointer, Comments.NONE);
                comments.put(pointer, new Comments(existing.before(), existing.inline(), List.copyOf(end)));
            }
        }
    }
}
