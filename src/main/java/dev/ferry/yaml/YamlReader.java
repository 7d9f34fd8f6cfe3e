package dev.ferry.yaml;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Collections;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one YAML or JSON document into a Jackson tree with a {@link SourceMap} beside it. It
 * composes nodes with snakeyaml-engine (the engine under Jackson YAML) because only the node
 * graph keeps positions and scalar styles, which the typing rules of {@link ScalarResolver} need.
 */
public final class YamlReader {
    /** Larger files are refused rather than read into memory. */
    public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private YamlReader() {}

    public static YamlDocument read(byte[] bytes, String label) throws YamlException {
        checkSize(bytes.length);
        boolean bom = startsWithBom(bytes);
        String text = decodeUtf8(bytes, bom ? UTF8_BOM.length : 0);
        if (text.isBlank() || onlyComments(text)) {
            throw new YamlException("file is empty; expected a document with kind, apiVersion, metadata and spec",
                    Position.START, "file-empty");
        }
        Node root = composeSingle(untabFlowDocument(text), label);
        Builder builder = new Builder();
        JsonNode tree = builder.convert(root, "");
        return new YamlDocument(tree, builder.sourceMap, builder.notes, bom);
    }

    /**
     * JSON may be indented with tabs, and YAML 1.2 allows tabs as separation inside a flow
     * collection, but snakeyaml-engine refuses a line inside a nested flow collection that starts
     * with two tabs. For a document that is one flow collection (a JSON file), every tab outside a
     * quoted string is only whitespace, so it becomes a space; positions do not move.
     */
    static String untabFlowDocument(String text) {
        if (!startsWithFlowCollection(text) || text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        char quote = 0;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '\t') {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static boolean startsWithFlowCollection(String text) {
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String content = line.strip();
            if (!content.isEmpty() && !content.startsWith("#") && !content.equals("---")) {
                return content.startsWith("{") || content.startsWith("[");
            }
        }
        return false;
    }

    /** Refuses a document of {@code bytes} bytes before anyone reads it into memory. */
    public static void checkSize(long bytes) throws YamlException {
        if (bytes > MAX_DOCUMENT_BYTES) {
            throw new YamlException("file is " + sizeText(bytes) + "; Ferry reads documents of at most 8 MB ("
                    + MAX_DOCUMENT_BYTES + " bytes)", Position.START, "file-too-large");
        }
    }

    private static Node composeSingle(String text, String label) throws YamlException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(label)
                .setAllowDuplicateKeys(true) // detected here, with both positions
                .setCodePointLimit(MAX_DOCUMENT_BYTES)
                .setMaxAliasesForCollections(50)
                .build();
        try {
            Iterator<Node> documents = new Compose(settings).composeAllFromReader(new StringReader(text)).iterator();
            if (!documents.hasNext()) {
                throw new YamlException("file is empty; expected a document with kind, apiVersion, metadata and spec",
                        Position.START, "file-empty");
            }
            Node first = documents.next();
            if (documents.hasNext()) {
                Node second = documents.next();
                throw new YamlException("file holds more than one YAML document; put each resource in its own file",
                        position(second.getStartMark()), "yaml-multiple-documents");
            }
            return first;
        } catch (MarkedYamlEngineException e) {
            Position where = position(e.getProblemMark().or(e::getContextMark));
            throw new YamlException(describe(e, text), where, "yaml-syntax");
        } catch (YamlEngineException e) {
            throw new YamlException("not valid YAML: " + firstLine(e.getMessage()), Position.START, "yaml-syntax");
        }
    }

    private static String describe(MarkedYamlEngineException e, String text) {
        Optional<Mark> mark = e.getProblemMark();
        if (mark.isPresent() && isTabAt(text, mark.get().getIndex())) {
            return "tab character used for indentation; YAML indents with spaces only";
        }
        String problem = e.getProblem() == null ? "" : firstLine(e.getProblem()).replace("<stream end>",
                "the end of the file");
        return "not valid YAML: " + context(e) + problem;
    }

    /** The construct the parser was in, and where it started when that is not where it failed. */
    private static String context(MarkedYamlEngineException e) {
        if (e.getContext() == null) {
            return "";
        }
        Optional<Mark> started = e.getContextMark();
        boolean elsewhere = started.isPresent() && !position(started).equals(position(e.getProblemMark()));
        if (!elsewhere) {
            return e.getContext() + ": ";
        }
        Position at = position(started);
        return e.getContext() + " (started at line " + at.line() + ", column " + at.column() + "): ";
    }

    /** Marks count code points, so the index is converted before looking at the text's chars. */
    private static boolean isTabAt(String text, int codePointIndex) {
        if (codePointIndex < 0 || codePointIndex >= text.codePointCount(0, text.length())) {
            return false;
        }
        return text.charAt(text.offsetByCodePoints(0, codePointIndex)) == '\t';
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private static String decodeUtf8(byte[] bytes, int offset) throws YamlException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new YamlException("file is not UTF-8 text; save it as UTF-8", Position.START, "file-encoding");
        }
    }

    private static boolean onlyComments(String text) {
        return text.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#")
                || line.equals("---") || line.equals("..."));
    }

    static Position position(Optional<Mark> mark) {
        return mark.map(m -> new Position(m.getLine() + 1, m.getColumn() + 1)).orElse(Position.START);
    }

    /** Rounded for reading, with the exact count so that a size just over a limit never reads as equal to it. */
    static String sizeText(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB (%d bytes)", bytes / (1024.0 * 1024.0), bytes);
    }

    /** Turns one composed node graph into a tree, recording positions and notes on the way. */
    private static final class Builder {
        final SourceMap sourceMap = new SourceMap();
        final List<ScalarNote> notes = new ArrayList<>();
        private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());

        JsonNode convert(Node node, String pointer) throws YamlException {
            Position at = position(node.getStartMark());
            sourceMap.putValue(pointer, at);
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar, pointer, at);
            }
            if (!onPath.add(node)) {
                throw new YamlException("recursive alias: a node contains itself", at, "yaml-syntax");
            }
            try {
                if (node instanceof MappingNode mapping) {
                    return mapping(mapping, pointer);
                }
                if (node instanceof SequenceNode sequence) {
                    ArrayNode array = NODES.arrayNode();
                    List<Node> items = sequence.getValue();
                    for (int i = 0; i < items.size(); i++) {
                        array.add(convert(items.get(i), SourceMap.child(pointer, i)));
                    }
                    return array;
                }
                throw new YamlException("unsupported YAML node", at, "yaml-syntax");
            } finally {
                onPath.remove(node);
            }
        }

        private JsonNode mapping(MappingNode mapping, String pointer) throws YamlException {
            ObjectNode object = NODES.objectNode();
            Map<String, Position> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Position keyAt = position(tuple.getKeyNode().getStartMark());
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    throw new YamlException("a mapping key must be a plain string", keyAt, "yaml-syntax");
                }
                String key = keyNode.getValue();
                Position first = seen.putIfAbsent(key, keyAt);
                if (first != null) {
                    throw new YamlException("duplicate key '" + key + "' (first defined at line " + first.line() + ")",
                            keyAt, "yaml-duplicate-key");
                }
                String childPointer = SourceMap.child(pointer, key);
                sourceMap.putKey(childPointer, keyAt);
                if (keyNode.getScalarStyle() == ScalarStyle.PLAIN) {
                    note(key, childPointer, keyAt);
                }
                object.set(key, convert(tuple.getValueNode(), childPointer));
            }
            return object;
        }

        private JsonNode scalar(ScalarNode scalar, String pointer, Position at) {
            String text = scalar.getValue();
            if (scalar.getScalarStyle() != ScalarStyle.PLAIN) {
                return NODES.stringNode(text);
            }
            note(text, pointer, at);
            return ScalarResolver.resolvePlain(text);
        }

        private void note(String text, String pointer, Position at) {
            ScalarResolver.otherReading(text).ifPresent(reading -> notes.add(new ScalarNote(pointer, at, text, reading)));
        }
    }
}
