package dev.ferry.gitops;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Finding;
import java.util.List;

/** Gitops files that cannot be read: each finding names the file, line and column. Nothing was written. */
public final class GitopsImportException extends FerryException {
    private final List<Finding> findings;

    GitopsImportException(List<Finding> findings) {
        super(ExitCode.INVALID_CONFIG, findings.size() + " gitops file(s) cannot be read; nothing was written");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
