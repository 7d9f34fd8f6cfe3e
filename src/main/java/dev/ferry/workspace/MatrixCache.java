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
 */
public final class MatrixCache {
    private static final int FORMAT = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path folder;

    public MatrixCache(Path repoRoot) {
        this.folder = repoRoot.resolve(".ferry").resolve("cache").resolve("matrix");
    }

    /** Writes a ready column (an environment, or {@code git}); other phases are not cached. Blocks on disk I/O. */
    public void save(ColumnState column) {
        if (column.phase() != ColumnState.Phase.READY) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
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
            JSON.writeValue(temporary.toFile(), root);
            move(temporary, fileOf(column.environment()));
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
            JsonNode root = JSON.readTree(file.toFile());
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
}
