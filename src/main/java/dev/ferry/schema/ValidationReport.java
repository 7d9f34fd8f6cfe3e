package dev.ferry.schema;

import dev.ferry.config.Environments;
import dev.ferry.config.Finding;
import dev.ferry.config.PlatformRepo;
import java.util.List;
import java.util.Optional;

/** The outcome of validating a platform repo: what was read, the environments, and every finding, sorted. */
public record ValidationReport(PlatformRepo repo, Optional<Environments> environments, List<Finding> findings) {
    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warningCount() {
        return findings.size() - errorCount();
    }

    public boolean isValid() {
        return errorCount() == 0;
    }
}
