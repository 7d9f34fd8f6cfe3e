package dev.ferry.tui;

import dev.ferry.workspace.ColumnState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The words under a column's name: its org, its access mode, and how fresh its data is
 * ("12s ago", "stale 3m", a spinner while loading, the error when the org could not be read).
 * Each line offers a few spellings, longest first, so narrow columns still say something.
 */
final class ColumnHeader {
    private static final String SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";

    private ColumnHeader() {}

    static String org(MatrixColumn column) {
        if (column.isGit()) {
            return "working tree";
        }
        return column.environment().map(environment -> environment.org()).orElse("");
    }

    /**
     * Spellings of the access line, longest first: for Git, HEAD and how many files changed since;
     * for an environment, its access mode, protection and the commit it last received.
     */
    static List<String> access(MatrixColumn column, GitFacts git) {
        if (column.isGit()) {
            if (git.head() == null) {
                return List.of("");
            }
            int changed = git.changed().size();
            return changed == 0 ? List.of("HEAD " + git.head())
                    : List.of("HEAD " + git.head() + " · " + changed + " changed", "HEAD " + git.head() + " +"
                            + changed, "HEAD " + git.head());
        }
        return column.environment().map(environment -> {
            String access = environment.access().spelling();
            String applied = git.applied().get(environment.name());
            List<String> spellings = new java.util.ArrayList<>();
            if (environment.isProtected() && applied != null) {
                spellings.add(access + " · protected · at " + applied);
            }
            if (applied != null) {
                // The red frame already says protected; a narrow header keeps the commit.
                spellings.add(access + " · at " + applied);
                spellings.add(access + " @" + applied);
            }
            if (environment.isProtected()) {
                spellings.add(access + " · protected");
            }
            spellings.add(access);
            return List.copyOf(spellings);
        }).orElse(List.of(""));
    }

    /** The first spelling that fits in {@code width} columns, else the shortest. */
    static String fit(List<String> spellings, int width) {
        return spellings.stream().filter(s -> dev.ferry.diff.DisplayWidth.of(s) <= width).findFirst()
                .orElse(spellings.get(spellings.size() - 1));
    }

    /** Spellings of the freshness line, longest first. */
    static List<String> freshness(MatrixColumn column, Clock clock) {
        ColumnState state = column.state();
        Instant now = clock.instant();
        switch (state.phase()) {
            case LOADING -> {
                String spin = String.valueOf(SPINNER.charAt((int) ((now.toEpochMilli() / 100) % SPINNER.length())));
                Instant since = column.loadingSince();
                String elapsed = since == null ? "" : " " + age(Duration.between(since, now));
                String verb = column.isGit() ? "validating" : "loading";
                return List.of(spin + " " + verb + elapsed, spin + " " + verb, spin);
            }
            case FAILED -> {
                String reason = state.error().orElse("failed");
                if (reason.startsWith(column.name() + ": ")) {
                    reason = reason.substring(column.name().length() + 2);
                }
                return List.of("× " + reason);
            }
            default -> {
                String age = state.readAt().map(read -> age(Duration.between(read, now))).orElse("");
                String lead = column.isGit() ? "valid" : "";
                if (state.stale()) {
                    return List.of(join(lead, "stale, read " + age + " ago"), join(lead, "stale " + age),
                            join(lead, "stale"));
                }
                if (column.isGit()) {
                    return List.of("valid");
                }
                return List.of(age + " ago", age);
            }
        }
    }

    /** A short age: {@code 12s}, {@code 3m}, {@code 2h}, {@code 4d}. */
    static String age(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 120) {
            return seconds + "s";
        }
        if (seconds < 120 * 60) {
            return seconds / 60 + "m";
        }
        if (seconds < 48 * 3600) {
            return seconds / 3600 + "h";
        }
        return seconds / 86_400 + "d";
    }

    private static String join(String lead, String rest) {
        return lead.isEmpty() ? rest : lead + ", " + rest;
    }
}
