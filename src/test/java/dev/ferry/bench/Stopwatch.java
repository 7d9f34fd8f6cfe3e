package dev.ferry.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Collects timed runs of a benchmark and reports median, minimum and maximum in milliseconds. */
final class Stopwatch {
    private final List<Double> millis = new ArrayList<>();

    void time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        millis.add((System.nanoTime() - start) / 1_000_000.0);
    }

    /** Replaces the last timing with one measured elsewhere (another process). */
    void replaceLast(double measured) {
        millis.set(millis.size() - 1, measured);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    String summary() {
        return String.format(Locale.ROOT, "median %.1f ms (min %.1f, max %.1f, %d runs)",
                median(), Collections.min(millis), Collections.max(millis), millis.size());
    }
}
