package dev.ferry.export;

import dev.ferry.config.Finding;
import java.util.List;

/**
 * What {@code fmt} found: every file it looked at, and the files it could not format (unreadable,
 * not valid YAML, or content or comments it could not keep exactly), which it leaves untouched.
 */
public record FormatReport(List<FormattedFile> files, List<Finding> problems) {
    public FormatReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public List<FormattedFile> changed() {
        return files.stream().filter(FormattedFile::isChanged).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Finding::isError);
    }
}
