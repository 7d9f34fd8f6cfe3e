package dev.ferry.testing;

import dev.ferry.config.Finding;
import dev.ferry.schema.RepoValidator;
import dev.ferry.schema.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Validates a repo on a fixed day, so that ignore rules expire the same way on every run. */
public final class Validation {
    /** The day every validation in the tests runs on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Validation() {}

    public static ValidationReport of(Path repo) {
        return new RepoValidator().validate(repo, TODAY);
    }

    /** Every finding as the line {@code ferry validate} prints for it. */
    public static List<String> lines(Path repo) {
        return lines(of(repo));
    }

    public static List<String> lines(ValidationReport report) {
        return report.findings().stream().map(Finding::format).toList();
    }
}
