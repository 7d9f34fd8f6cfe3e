package dev.ferry.workspace;

import dev.ferry.canonical.CanonicalResource;
import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The matrix as it was last seen, under {@code <repo>/.ferry/cache/matrix/}: one JSON file per
 * column, so the workbench can draw its first frame before any org answers. Only canonical trees
 * are kept, never the raw bodies an org returned (those may hold secrets). Columns read back are
 * marked stale. A cache that cannot be read is treated as absent: it is only ever a head start.
 * Beside each column's JSON an index of its statuses, one line per resource, lets the first frame be
 * drawn without parsing trees (or starting a JSON parser at all); the trees follow from the Json.MAPPER.
 */
public final class MatrixCache {
    private static final int FORMAT = 1;
    private static final String INDEX_HEADER = "ferry-matrix-index 1";

    private final Path folder;

    public MatrixCache(Path repoRoot) {
        this.folder = repoRoot.resolve(".ferry").resolve("cache").resolve("matrix");
    }

    /** Writes a ready column (an environment, or {@code git}); other phases are not cached. Blocks on disk I/O. */
    public void save(ColumnState column) {
        if (column.phase() != ColumnState.Phase.READY) {
            return;
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("column", column.environment());
        root.put("readAt", column.readAt().orElseGet(Instant::now).toString());
        ArrayNode states = root.putArray("states");
        for (ResourceState state : column.states()) {
            ObjectNode item = states.addObject();
            item.put("target", state.target().spelling());
            item.put("key", state.key());
            item.put("kind", state.kind() == null ? null : state.kind().spelling());
            item.put("slug", state.slug());
            item.put("liveId", state.liveId());
            item.put("status", state.status().name());
            state.desired().ifPresent(desired -> writeCanonical(item.putObject("desired"), desired));
            state.live().ifPresent(live -> writeCanonical(item.putObject("live"), live));
        }
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, column.environment(), ".tmp");
            Json.MAPPER.writeValue(temporary.toFile(), root);
            move(temporary, fileOf(column.environment()));
            Path index = Files.createTempFile(folder, column.environment(), ".tmp");
            Files.writeString(index, indexText(column));
            move(index, indexOf(column.environment()));
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException(new IOException("cannot write the matrix cache in " + folder + ": "
                    + e.getMessage(), e));
        }
    }

    /** The column as last saved, marked stale; empty when there is none or it cannot be read. */
    public Optional<ColumnState> load(String column) {
        Path file = fileOf(column);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            if (root.path("format").asInt() != FORMAT) {
                return Optional.empty();
            }
            List<ResourceState> states = new ArrayList<>();
            for (JsonNode item : root.path("states")) {
                Target target = Target.parse(item.path("target").asString());
                states.add(new ResourceState(target, item.path("key").asString(),
                        Kind.parse(item.path("kind").asString("")).orElse(Comparison.kindOf(target)),
                        textOrNull(item.get("slug")), textOrNull(item.get("liveId")),
                        readCanonical(target, item.get("desired")), readCanonical(target, item.get("live")),
                        Status.valueOf(item.path("status").asString())));
            }
            return Optional.of(ColumnState.ready(column, states, Instant.parse(root.path("readAt").asString()), true));
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            // A cache from another version or a torn write is just a missed head start.
            return Optional.empty();
        }
    }

    /**
     * The column's statuses as last saved, marked stale, without the trees (so a diff from it reads the
     * org); empty when there is no index or it cannot be read.
     */
    public Optional<ColumnState> loadIndex(String column) {
        Path file = indexOf(column);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.isEmpty() ? new String[0] : lines.get(0).split("\t");
            if (header.length != 3 || !header[0].equals(INDEX_HEADER) || !header[1].equals(column)) {
                return Optional.empty();
            }
            List<ResourceState> states = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] field = line.split("\t", -1);
                Target target = Target.parse(field[0]);
                states.add(new ResourceState(target, field[1], Kind.parse(field[2]).orElse(Comparison.kindOf(target)),
                        emptyToNull(field[3]), emptyToNull(field[4]), Optional.empty(), Optional.empty(),
                        Status.valueOf(field[5])));
            }
            return Optional.of(ColumnState.ready(column, states, Instant.parse(header[2]), true));
        } catch (IOException | RuntimeException e) {
            // As with the JSON: a torn or foreign index is only a missed head start.
            return Optional.empty();
        }
    }

    private static String indexText(ColumnState column) {
        StringBuilder text = new StringBuilder(INDEX_HEADER).append('\t').append(column.environment()).append('\t')
                .append(column.readAt().orElseGet(Instant::now)).append('\n');
        for (ResourceState state : column.states()) {
            text.append(state.target().spelling()).append('\t').append(oneLine(state.key())).append('\t')
                    .append(state.kind() == null ? "" : state.kind().spelling()).append('\t')
                    .append(oneLine(state.slug())).append('\t').append(oneLine(state.liveId())).append('\t')
                    .append(state.status().name()).append('\n');
        }
        return text.toString();
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    Path indexOf(String column) {
        return folder.resolve(column.replaceAll("[^A-Za-z0-9._-]", "_") + ".index");
    }

    Path fileOf(String column) {
        return folder.resolve(column.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
    }

    private static void writeCanonical(ObjectNode out, CanonicalResource resource) {
        out.set("tree", resource.tree());
        ArrayNode notes = out.putArray("notes");
        resource.notes().forEach(notes::add);
    }

    private static Optional<CanonicalResource> readCanonical(Target target, JsonNode node) {
        if (node == null || !node.path("tree").isObject()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        node.path("notes").forEach(note -> notes.add(note.asString()));
        return Optional.of(new CanonicalResource(target, (ObjectNode) node.get("tree"), notes));
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Built on first use: reading the index for the first frame needs no JSON parser. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }
}
