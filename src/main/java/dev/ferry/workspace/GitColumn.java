package dev.ferry.workspace;

import dev.ferry.canonical.Canonicalizer;
import dev.ferry.canonical.IdResolver;
import dev.ferry.canonical.SecretMasker;
import dev.ferry.config.Environment;
import dev.ferry.render.RenderedResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Git column of the matrix: every resource the working tree renders, in canonical form, each
 * with the status of its document. A repo that loads is valid, so today every row is
 * {@link Status#IN_SYNC}; "changed since HEAD" will be told here too once the workspace compares
 * the working tree with {@code git@HEAD}.
 */
public final class GitColumn {
    /** The name of the Git column, as in {@code ferry diff --from git}. */
    public static final String NAME = "git";

    private GitColumn() {}

    /** Renders the working tree for {@code environment} (the first in promotion order, by convention). */
    public static ColumnState read(ProjectState project, Environment environment, Instant now) {
        Canonicalizer canonicalizer = new Canonicalizer(IdResolver.NONE, SecretMasker.NONE,
                project.environments().ignore());
        List<ResourceState> states = new ArrayList<>();
        for (RenderedResource resource : project.render(environment)) {
            states.add(new ResourceState(resource.target(), resource.key(), resource.kind(), resource.slug(), null,
                    Optional.of(canonicalizer.canonicalize(resource.target(), resource.payload())), Optional.empty(),
                    Status.IN_SYNC));
        }
        return ColumnState.ready(NAME, states, now, false);
    }
}
