package dev.ferry.tui;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The lines of the log pane: what loaded, what failed and why, newest last; the oldest drop off past a limit. */
final class LogBuffer {
    private static final int LIMIT = 2_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** One line of the log, with whether it reports a problem. */
    record Line(String text, boolean problem) {}

    private final Clock clock;
    private final List<Line> lines = new ArrayList<>();

    LogBuffer(Clock clock) {
        this.clock = clock;
    }

    void info(String text) {
        add(text, false);
    }

    void problem(String text) {
        add(text, true);
    }

    private void add(String text, boolean problem) {
        String time = LocalTime.ofInstant(clock.instant(), ZoneId.systemDefault()).format(TIME);
        for (String part : text.split("\n")) {
            lines.add(new Line(time + " " + part, problem));
        }
        while (lines.size() > LIMIT) {
            lines.remove(0);
        }
    }

    List<Line> lines() {
        return lines;
    }

    /** The most recent problem, for the status bar; null when there is none. */
    Line lastProblem() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).problem()) {
                return lines.get(i);
            }
        }
        return null;
    }
}
