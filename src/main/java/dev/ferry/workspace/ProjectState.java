package dev.ferry.workspace;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.TemporaryFiles;
import dev.ferry.config.Environment;
import dev.ferry.config.Environments;
import dev.ferry.config.Finding;
import dev.ferry.git.GitRepository;
import dev.ferry.render.LiveIndex;
import dev.ferry.render.RenderedResource;
import dev.ferry.render.Renderer;
import dev.ferry.schema.RepoValidator;
import dev.ferry.schema.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A validated platform repo, from the working tree or from a Git revision, ready to render for
 * any of its environments. Loading refuses an invalid repo with the first error and exit 3.
 */
public final class ProjectState implements AutoCloseable {
    private final ValidationReport report;
    private final Environments environments;
    private final Path temporaryCopy;

    private ProjectState(ValidationReport report, Path temporaryCopy) {
        this.report = report;
        this.environments = report.environments().orElseThrow();
        this.temporaryCopy = temporaryCopy;
    }

    /** The working tree. */
    public static ProjectState load(Path root) {
        return new ProjectState(validated(root, root.toString()), null);
    }

    /**
     * The repo as committed at {@code revision}, read from Git history without touching the work
     * tree. Its files are copied to a temporary folder that {@link #close} removes.
     */
    public static ProjectState atRevision(Path root, String revision) {
        GitRepository git = GitRepository.find(root).orElseThrow(() -> new FerryException(ExitCode.USAGE,
                root + " is not inside a Git repository, so git@" + revision + " cannot be read"));
        Path copy = null;
        try (git) {
            copy = Files.createTempDirectory("ferry-rev");
            git.materialize(revision, copy);
            return new ProjectState(validated(copy, "git@" + revision), copy);
        } catch (IOException e) {
            TemporaryFiles.deleteQuietly(copy);
            throw new FerryException(ExitCode.ERROR, "cannot make a temporary folder: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            TemporaryFiles.deleteQuietly(copy);
            throw e;
        }
    }

    /** Removes the temporary copy of a revision; the working tree's state holds nothing to release. */
    @Override
    public void close() {
        TemporaryFiles.deleteQuietly(temporaryCopy);
    }

    /**
     * The repo as committed at {@code revision}, written into {@code into}, which the caller keeps for as
     * long as it renders (prompts and documents are read from there) and then deletes.
     */
    public static ProjectState atRevision(Path root, String revision, Path into) {
        GitRepository git = GitRepository.find(root).orElseThrow(() -> new FerryException(ExitCode.USAGE,
                root + " is not inside a Git repository, so revision " + revision + " cannot be read"));
        try (git) {
            git.materialize(revision, into);
            return new ProjectState(validated(into, "git@" + revision), null);
        }
    }

    public Environments environments() {
        return environments;
    }

    public ValidationReport report() {
        return report;
    }

    public Environment environment(String name) {
        return environments.find(name).orElseThrow(() -> new FerryException(ExitCode.USAGE, "unknown environment '"
                + name + "'; environments.yaml defines " + String.join(", ", environments.byName().keySet())));
    }

    /** The payloads for {@code environment}, with refs as placeholders. */
    public List<RenderedResource> render(Environment environment) {
        return new Renderer(report.repo()).render(environment, LiveIndex.EMPTY);
    }

    private static ValidationReport validated(Path root, String label) {
        ValidationReport report = new RepoValidator().validate(root, LocalDate.now(ZoneOffset.UTC));
        if (!report.isValid()) {
            // A file that cannot be read explains the errors that follow from it; name it first.
            List<Finding> unreadable = report.repo().readFindings();
            Finding first = report.findings().stream().filter(Finding::isError)
                    .min(java.util.Comparator.comparing((Finding finding) -> !unreadable.contains(finding)))
                    .orElseThrow();
            throw new FerryException(ExitCode.INVALID_CONFIG, label + " is not valid (" + report.errorCount()
                    + " error(s); run ferry validate): " + first.format());
        }
        return report;
    }
}
