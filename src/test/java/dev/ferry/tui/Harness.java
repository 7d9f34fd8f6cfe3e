package dev.ferry.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** A workbench on a virtual screen with a fixed clock, and the waits tests need, all on the test's thread. */
final class Harness implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-12-04T10:15:30Z");
    static final Duration GUARD = Duration.ofSeconds(60);

    final VirtualScreen screen;
    final Workbench app;

    Harness(VirtualScreen screen, WorkbenchOptions options) {
        this.screen = screen;
        this.app = Workbench.create(screen.screen, options);
    }

    static Harness start(int columns, int rows, WorkbenchOptions options) {
        Harness harness = new Harness(new VirtualScreen(columns, rows), options);
        harness.app.start();
        return harness;
    }

    static WorkbenchOptions options(Path root, Path home, Map<String, String> env) {
        return WorkbenchOptions.of(root, env, home, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Pumps until every column has settled (ready or failed). */
    Harness loaded() {
        return until(() -> app.model.columns().size() > 1 && app.model.columns().stream()
                .allMatch(c -> c.state().phase() != dev.ferry.workspace.ColumnState.Phase.LOADING), "columns loaded");
    }

    Harness until(BooleanSupplier condition, String what) {
        assertThat(app.pumpUntil(condition, GUARD)).as("waited for " + what + "; screen:\n" + screen.text()).isTrue();
        return this;
    }

    Harness type(String keys) {
        screen.type(keys);
        app.pump();
        return this;
    }

    Harness press(com.googlecode.lanterna.input.KeyType key) {
        screen.press(key);
        app.pump();
        return this;
    }

    /** Moves the cursor to the row of {@code key} in the matrix. */
    Harness select(String key, String column) {
        MatrixView matrix = app.matrix;
        matrix.moveToStart();
        for (int i = 0; i < app.model.entries().size(); i++) {
            if (matrix.selectedRow().map(r -> r.key().key().equals(key)).orElse(false)) {
                break;
            }
            matrix.moveBy(1);
        }
        assertThat(matrix.selectedRow()).as("row " + key).isPresent();
        int index = 0;
        for (int i = 0; i < app.model.columns().size(); i++) {
            if (app.model.columns().get(i).name().equals(column)) {
                index = i;
            }
        }
        matrix.moveSideways(index - matrix.columnCursor());
        app.redraw();
        return this;
    }

    String text() {
        return screen.text();
    }

    @Override
    public void close() {
        app.close();
    }
}
