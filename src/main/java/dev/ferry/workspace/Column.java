package dev.ferry.workspace;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;

/**
 * One column of the workbench and one side of {@code ferry diff}: the Git working tree
 * ({@code git}), the repo at a revision ({@code git@REV}), or a live environment by name.
 */
public record Column(String spec, String revision, String environment) {
    public static Column parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new FerryException(ExitCode.USAGE, "a column is git, git@REV or an environment name");
        }
        if (spec.equals("git")) {
            return new Column(spec, null, null);
        }
        if (spec.startsWith("git@")) {
            String revision = spec.substring(4);
            if (revision.isBlank()) {
                throw new FerryException(ExitCode.USAGE, "git@ needs a revision, e.g. git@HEAD~1 or git@main");
            }
            return new Column(spec, revision, null);
        }
        return new Column(spec, null, spec);
    }

    public boolean isLive() {
        return environment != null;
    }

    public boolean isRevision() {
        return revision != null;
    }
}
