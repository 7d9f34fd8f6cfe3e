package dev.ferry.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.ferry.vapi.RetryPolicy;
import dev.ferry.workspace.ColumnState;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.MatrixCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The full-screen workbench: one screen, one UI thread, a stack of views with the matrix at the
 * bottom. Keys are polled from the screen and resolved through the key bindings to actions; data
 * arrives from loading threads through the {@link UiQueue}. The first frame is drawn from the
 * cache before anything is loaded. Tests drive it with {@link #pump} on a virtual terminal.
 */
public final class Workbench implements AutoCloseable {
    private static final long POLL_MILLIS = 15;
    static final String REFRESHING = "refreshing";
    /** A person is waiting: an org that does not answer is reported within seconds, not retried for a minute. */
    private static final RetryPolicy INTERACTIVE_RETRIES =
            new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(5));

    final WorkbenchOptions options;
    final UiQueue ui = new UiQueue();
    final LogBuffer log;
    final MatrixModel model;
    final MatrixView matrix;
    final Router router = new Router();
    final ActionRegistry registry = new ActionRegistry();
    final KeyBindings bindings;
    final Themes themes;
    private final Screen screen;
    private final Canvas canvas;
    private final StatusBar status = new StatusBar();
    private Connections connections;
    private WorkspaceFeed feed;
    private Tasks tasks;
    private Workflows workflows;
    private boolean running = true;
    private boolean dirty = true;
    private boolean logVisible;
    private boolean complete;
    private long lastTick;

    private Workbench(Screen screen, WorkbenchOptions options) {
        this.screen = screen;
        this.options = options;
        this.log = new LogBuffer(options.clock());
        this.themes = Themes.load(options.home() == null ? null : options.home().resolve("themes"), log::problem);
        Theme first = options.noColour() ? themes.named("mono").withoutColour() : themes.named("dark");
        this.canvas = new Canvas(screen, new Glyphs(), first);
        this.bindings = KeyBindings.load(options.home() == null ? null : options.home().resolve("keys.yaml"),
                log::problem);
        this.model = new MatrixModel(ui);
        this.matrix = new MatrixView(model, options.clock());
        router.push(matrix);
        BuiltInActions.register(this);
        bindings.unknown(registry).forEach(id -> log.problem("keys.yaml: no action named " + id));
    }

    /** A workbench on {@code screen}, which the caller has started. Call {@link #start} on the UI thread next. */
    public static Workbench create(Screen screen, WorkbenchOptions options) {
        return new Workbench(screen, options);
    }

    /** Makes the calling thread the UI thread, draws the first frame from the cache, then starts loading. */
    public void start() {
        ui.bindToCurrentThread();
        EnvironmentsPreview.read(options.root()).ifPresent(model::environments);
        MatrixCache cache = new MatrixCache(options.root());
        Map<String, ColumnState> fromIndex = new HashMap<>();
        for (MatrixColumn column : model.columns()) {
            cache.loadIndex(column.name()).ifPresent(state -> {
                fromIndex.put(column.name(), state);
                model.update(state, options.clock().instant());
            });
        }
        matrix.modelChanged();
        redraw();
        CachedTrees.loadBehind(cache, fromIndex, ui, this::cachedTreesArrived);
        if (options.loadLive()) {
            connections = new Connections(options.root(), options.env(),
                    builder -> builder.retryPolicy(INTERACTIVE_RETRIES));
            tasks = new Tasks(options.root(), connections, ui);
            workflows = new Workflows(options.root(), connections, options.env(), options.clock(), ui);
            feed = new WorkspaceFeed(options.root(), connections, options.env(), ui, new MatrixFeedSink(this), options.clock());
            refresh();
        }
    }

    /** The cached trees of a column drawn from the index; ignored once anything newer has arrived. */
    private void cachedTreesArrived(ColumnState fromIndex, ColumnState full) {
        model.column(full.environment()).filter(column -> column.state() == fromIndex).ifPresent(column -> {
            model.update(full, options.clock().instant());
            matrix.modelChanged();
        });
    }

    /** Handles every key and task waiting now, then redraws if anything changed. Never blocks. */
    public void pump() {
        KeyStroke key;
        while (running && (key = pollKey()) != null) {
            handleKey(key);
        }
        if (ui.drain() > 0) {
            dirty = true;
        }
        TerminalSize resized = screen.doResizeIfNecessary();
        if (resized != null) {
            // Lanterna measures the new size from its signal thread by moving the cursor and asking the
            // terminal where it went; that output lands among ours, so every cell is painted again.
            redrawCompletely();
        }
        if (dirty && running) {
            redraw();
        }
    }

    /**
     * Pumps until {@code condition} holds, waiting on the UI queue in between, for tests and
     * benchmarks; gives up after {@code guard} and returns whether the condition came true.
     */
    public boolean pumpUntil(BooleanSupplier condition, Duration guard) {
        long deadline = System.nanoTime() + guard.toNanos();
        pump();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                if (ui.await(POLL_MILLIS) > 0) {
                    dirty = true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pump();
        }
        return true;
    }

    /** Runs until the user quits: keys, tasks, resizes and the clock's ticks for spinners and ages. */
    public void run() {
        while (running) {
            pump();
            try {
                if (ui.await(POLL_MILLIS) > 0) {
                    dirty = true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            tick();
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** Redraws on clock ticks: every 100 ms while something loads (the spinner), every second otherwise. */
    private void tick() {
        long now = options.clock().millis();
        boolean loading = model.columns().stream().anyMatch(c -> c.state().phase() == ColumnState.Phase.LOADING);
        long every = loading ? 100 : 1000;
        if (now / every != lastTick / every) {
            lastTick = now;
            dirty = true;
        }
    }

    private KeyStroke pollKey() {
        try {
            return screen.pollInput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Offers a key to the prompt, then the top view, then the key bindings. */
    void handleKey(KeyStroke key) {
        dirty = true;
        if (key.getKeyType() == KeyType.EOF) {
            running = false;
            return;
        }
        if (status.prompting()) {
            status.handle(key);
            return;
        }
        status.message(null);
        View top = router.top();
        if (top.handleKey(key)) {
            return;
        }
        String name = KeyNames.of(key);
        if (name == null) {
            return;
        }
        bindings.resolve(name, top, registry).ifPresentOrElse(action -> run(action, top),
                () -> status.message("no action on " + name + " here; ? lists the keys"));
    }

    /** Runs an action for {@code view}; a failure is reported in the log, never thrown out of the loop. */
    void run(Action action, View view) {
        try {
            action.handler().run(this, view);
        } catch (RuntimeException e) {
            log.problem(action.id() + ": " + WorkspaceFeed.message(e));
            status.message(action.title() + " failed: " + WorkspaceFeed.message(e));
        }
        dirty = true;
    }

    void push(View view) {
        router.push(view);
        dirty = true;
    }

    void close(View view) {
        router.close(view);
        dirty = true;
    }

    void back() {
        if (router.top() == matrix && !model.filter().isEmpty()) {
            // As in k9s: leaving a filtered list first shows the whole list again.
            model.filter(RowFilter.NONE);
            matrix.modelChanged();
            status.message("filter cleared; q again quits");
            return;
        }
        if (!router.pop()) {
            running = false;
        }
    }

    void quit() {
        running = false;
    }

    void refresh() {
        if (feed == null) {
            status.message("live data is off");
            return;
        }
        for (MatrixColumn column : model.columns()) {
            model.update(ColumnState.loading(column.name()), options.clock().instant());
        }
        matrix.modelChanged();
        feed.refresh();
        status.message(REFRESHING);
    }

    void cycleTheme() {
        Theme next = themes.next(canvas.theme());
        canvas.theme(options.noColour() ? next.withoutColour() : next);
        status.message("theme: " + next.name() + (options.noColour() ? " (NO_COLOR: without colour)" : ""));
    }

    Theme theme() {
        return canvas.theme();
    }

    void toggleLog() {
        logVisible = !logVisible;
    }

    boolean logVisible() {
        return logVisible;
    }

    /** Repaints every cell on the next redraw, as after another program used the terminal. */
    void redrawCompletely() {
        complete = true;
        dirty = true;
    }

    StatusBar status() {
        return status;
    }

    Tasks tasks() {
        return tasks;
    }

    /** Promotion, plan and apply work; null when live data is off. */
    Workflows workflows() {
        return workflows;
    }

    void redraw() {
        ui.checkUiThread();
        Rect all = new Rect(0, 0, canvas.width(), canvas.height());
        Rect main = all.belowTop(1).aboveBottom(1);
        if (logVisible) {
            int logHeight = Math.max(3, Math.min(10, main.height() / 3));
            LogPane.draw(canvas, log, main.bottomRows(logHeight));
            main = main.aboveBottom(logHeight);
        }
        for (View view : router.visible()) {
            view.draw(canvas, main);
        }
        TitleBar.draw(canvas, all.top(1), options.root(), router.top(), canvas.theme().name());
        status.draw(canvas, all.bottomRows(1), router.top(), bindings, log);
        try {
            screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.AUTOMATIC);
            complete = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dirty = false;
    }

    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (workflows != null) {
            workflows.close();
        }
        if (connections != null) {
            connections.close();
        }
    }
}
