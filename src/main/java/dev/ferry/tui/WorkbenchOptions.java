package dev.ferry.tui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the workbench runs with, injected so tests decide all of it: the platform repo, the process
 * environment ({@code NO_COLOR}, {@code EDITOR}, {@code FERRY_<ENV>_API}), Ferry's home folder (for
 * {@code keys.yaml} and {@code themes/}), the clock, and whether to read live data at all (off for
 * a benchmark that only draws the cache).
 */
public record WorkbenchOptions(Path root, Map<String, String> env, Path home, Clock clock, boolean loadLive,
        TerminalControl terminal) {
    public WorkbenchOptions {
        env = Map.copyOf(env);
    }

    public static WorkbenchOptions of(Path root, Map<String, String> env, Path home, Clock clock) {
        return new WorkbenchOptions(root, env, home, clock, true, TerminalControl.NONE);
    }

    public WorkbenchOptions withoutLiveData() {
        return new WorkbenchOptions(root, env, home, clock, false, terminal);
    }

    WorkbenchOptions withTerminal(TerminalControl control) {
        return new WorkbenchOptions(root, env, home, clock, loadLive, control);
    }

    /** Whether {@code NO_COLOR} asks for no colour (any non-empty value, as no-color.org says). */
    boolean noColour() {
        String value = env.get("NO_COLOR");
        return value != null && !value.isEmpty();
    }
}
