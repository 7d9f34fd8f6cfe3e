package dev.ferry.tui;

import dev.ferry.config.Environment;
import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import dev.ferry.workspace.ColumnState;
import dev.ferry.workspace.ResourceKey;
import dev.ferry.workspace.ResourceState;
import dev.ferry.workspace.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the matrix shows: its columns (Git, then each environment in promotion order), the union of
 * their resources as rows grouped by kind, which groups are collapsed, and the filter. It keeps
 * the visible entries (group headers and rows) as a list, rebuilt when data, filter or grouping
 * change, so that moving the cursor costs nothing at any size. UI thread only.
 */
final class MatrixModel {
    /** One resource row. {@code slug} names its document; null when only an org has it. */
    record Row(ResourceKey key, Kind kind, String slug) {}

    /** A visible line of the matrix: a group header or a row. */
    sealed interface Entry permits Group, Item {}

    record Group(Kind kind, int count, boolean collapsed) implements Entry {}

    record Item(Row row) implements Entry {}

    /** What one cell shows. */
    enum Cell { STATUS, LOADING, ERROR, EMPTY }

    private static final Comparator<Row> ORDER = Comparator.comparing((Row row) -> row.kind().ordinal())
            .thenComparing(row -> row.key().key()).thenComparing(row -> row.key().target());

    private final UiQueue ui;
    private final List<MatrixColumn> columns = new ArrayList<>();
    private final Set<Kind> collapsed = EnumSet.noneOf(Kind.class);
    private List<Row> rows = List.of();
    private List<Entry> entries = List.of();
    private RowFilter filter = RowFilter.NONE;
    private Map<String, Map<String, String>> labelsBySlug = Map.of();
    private Map<ResourceKey, String> files = Map.of();

    MatrixModel(UiQueue ui) {
        this.ui = ui;
        columns.add(new MatrixColumn(MatrixColumn.GIT, null));
    }

    /** Sets the environment columns, in promotion order, keeping what known columns hold. */
    void environments(List<Environment> environments) {
        ui.checkUiThread();
        Map<String, MatrixColumn> known = new HashMap<>();
        columns.forEach(column -> known.put(column.name(), column));
        List<MatrixColumn> next = new ArrayList<>();
        next.add(known.get(MatrixColumn.GIT));
        for (Environment environment : environments) {
            MatrixColumn column = known.getOrDefault(environment.name(), new MatrixColumn(environment.name(),
                    environment));
            column.environment(environment);
            next.add(column);
        }
        columns.clear();
        columns.addAll(next);
        rebuild();
    }

    /** Takes a new state for the column it names; a column not in the layout is ignored. */
    void update(ColumnState state, Instant now) {
        ui.checkUiThread();
        column(state.environment()).ifPresent(column -> {
            column.update(state, now);
            rebuild();
        });
    }

    /** Labels of each document by slug, and the file of each resource, for the filter, detail and editor. */
    void documents(Map<String, Map<String, String>> labels, Map<ResourceKey, String> filesByKey) {
        ui.checkUiThread();
        this.labelsBySlug = Map.copyOf(labels);
        this.files = Map.copyOf(filesByKey);
        entries = visibleEntries();
    }

    void filter(RowFilter next) {
        ui.checkUiThread();
        this.filter = next;
        entries = visibleEntries();
    }

    RowFilter filter() {
        return filter;
    }

    void toggle(Kind kind) {
        ui.checkUiThread();
        if (!collapsed.remove(kind)) {
            collapsed.add(kind);
        }
        entries = visibleEntries();
    }

    /** Collapses every group, or opens them all when all are collapsed already. */
    void toggleAll() {
        ui.checkUiThread();
        Set<Kind> present = EnumSet.noneOf(Kind.class);
        rows.forEach(row -> present.add(row.kind()));
        if (collapsed.containsAll(present)) {
            collapsed.clear();
        } else {
            collapsed.addAll(present);
        }
        entries = visibleEntries();
    }

    List<MatrixColumn> columns() {
        return columns;
    }

    Optional<MatrixColumn> column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst();
    }

    List<Entry> entries() {
        return entries;
    }

    int rowCount() {
        return rows.size();
    }

    Map<String, String> labels(Row row) {
        return row.slug() == null ? Map.of() : labelsBySlug.getOrDefault(row.slug(), Map.of());
    }

    Optional<String> file(ResourceKey key) {
        return Optional.ofNullable(files.get(key));
    }

    /** What the cell of {@code row} in {@code column} shows; its status when {@link Cell#STATUS}. */
    Cell cell(Row row, MatrixColumn column) {
        ColumnState state = column.state();
        if (state.phase() == ColumnState.Phase.FAILED) {
            return Cell.ERROR;
        }
        if (column.resource(row.key()).isPresent()) {
            return Cell.STATUS;
        }
        return state.phase() == ColumnState.Phase.LOADING ? Cell.LOADING : Cell.EMPTY;
    }

    Optional<Status> status(Row row, MatrixColumn column) {
        return column.resource(row.key()).map(ResourceState::status);
    }

    /** How many cells of the environment columns have each status. */
    Map<Status, Integer> counts() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            // Drifted and conflict need the ledger; they are counted only once some cell has them.
            if (status != Status.DRIFTED && status != Status.CONFLICT) {
                counts.put(status, 0);
            }
        }
        for (MatrixColumn column : columns) {
            if (!column.isGit() && column.state().phase() != ColumnState.Phase.FAILED) {
                column.resources().values().forEach(state -> counts.merge(state.status(), 1, Integer::sum));
            }
        }
        return counts;
    }

    /** Recomputes the rows from every column's resources; filter and grouping apply after. */
    private void rebuild() {
        Map<ResourceKey, Row> union = new HashMap<>();
        for (MatrixColumn column : columns) {
            for (ResourceState state : column.resources().values()) {
                ResourceKey key = new ResourceKey(state.target(), state.key());
                Row known = union.get(key);
                if (known == null || known.slug() == null && state.slug() != null) {
                    union.put(key, new Row(key, kindOf(state), state.slug()));
                }
            }
        }
        List<Row> sorted = new ArrayList<>(union.values());
        sorted.sort(ORDER);
        rows = sorted;
        entries = visibleEntries();
    }

    private List<Entry> visibleEntries() {
        List<Entry> out = new ArrayList<>(rows.size() + Kind.values().length);
        List<Status> statuses = new ArrayList<>(columns.size());
        int start = 0;
        while (start < rows.size()) {
            Kind kind = rows.get(start).kind();
            int end = start;
            List<Row> passing = new ArrayList<>();
            while (end < rows.size() && rows.get(end).kind() == kind) {
                Row row = rows.get(end);
                if (!filter.isEmpty()) {
                    statuses.clear();
                    columns.forEach(column -> statuses.add(status(row, column).orElse(null)));
                }
                if (filter.isEmpty() || filter.matches(row, statuses, labels(row))) {
                    passing.add(row);
                }
                end++;
            }
            if (!passing.isEmpty() || filter.isEmpty()) {
                boolean closed = collapsed.contains(kind);
                out.add(new Group(kind, passing.size(), closed));
                if (!closed) {
                    passing.forEach(row -> out.add(new Item(row)));
                }
            }
            start = end;
        }
        return out;
    }

    private static Kind kindOf(ResourceState state) {
        if (state.kind() != null) {
            return state.kind();
        }
        return switch (state.target()) {
            case ASSISTANT -> Kind.ASSISTANT;
            case SQUAD -> Kind.SQUAD;
            case STRUCTURED_OUTPUT -> Kind.STRUCTURED_OUTPUT;
            case FILE -> Kind.KNOWLEDGE_BASE;
            case TOOL, CREDENTIAL -> Kind.TOOL;
        };
    }

    /** Whether a row's target is the usual one for its kind; others get their target shown beside the name. */
    static boolean isPrimary(Row row) {
        Target target = row.key().target();
        return switch (row.kind()) {
            case ASSISTANT -> target == Target.ASSISTANT;
            case SQUAD -> target == Target.SQUAD;
            case TOOL -> target == Target.TOOL;
            case STRUCTURED_OUTPUT -> target == Target.STRUCTURED_OUTPUT;
            case KNOWLEDGE_BASE, POLICY -> false;
        };
    }
}
