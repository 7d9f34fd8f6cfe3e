package dev.ferry.apply;

import java.util.List;

/**
 * Why a run stops before it is done: the org refused a write, never confirmed one, or an object changed
 * since the plan. Carries the lines to show; the executor finishes what is in flight and reports.
 */
final class ApplyStop extends RuntimeException {
    private final List<String> lines;
    private final boolean stale;

    ApplyStop(List<String> lines, boolean stale) {
        super(String.join("; ", lines));
        this.lines = List.copyOf(lines);
        this.stale = stale;
    }

    static ApplyStop of(String line) {
        return new ApplyStop(List.of(line), false);
    }

    static ApplyStop stale(String line) {
        return new ApplyStop(List.of(line), true);
    }

    List<String> lines() {
        return lines;
    }

    /** Someone else changed an object after the plan was made. */
    boolean isStale() {
        return stale;
    }
}
