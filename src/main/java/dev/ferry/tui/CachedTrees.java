package dev.ferry.tui;

import dev.ferry.workspace.ColumnState;
import dev.ferry.workspace.MatrixCache;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the cached trees of the columns the first frame drew from the cache index, on a thread of its
 * own, so that a diff or a detail view opened before the orgs answer can still show them. Each column
 * is handed to the UI thread with the index state it completes.
 */
final class CachedTrees {
    private CachedTrees() {}

    static void loadBehind(MatrixCache cache, Map<String, ColumnState> fromIndex, UiQueue ui,
            BiConsumer<ColumnState, ColumnState> arrived) {
        if (fromIndex.isEmpty()) {
            return;
        }
        Map<String, ColumnState> pending = Map.copyOf(fromIndex);
        Thread reader = new Thread(() -> pending.forEach((name, indexed) -> cache.load(name)
                .ifPresent(full -> ui.post(() -> arrived.accept(indexed, full)))), "ferry-cache");
        reader.setDaemon(true);
        reader.start();
    }
}
