package dev.ferry.promote;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.export.ExportPlan;
import dev.ferry.export.FileChange;
import dev.ferry.git.GitRepository;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.LiveExport;
import dev.ferry.workspace.ProjectState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stages a promotion into Git: the chosen resources of a source environment are exported, in
 * canonical form with params turned back into {@code ${params...}}, over the platform repo as
 * committed at HEAD, checked, and committed on a new branch {@code ferry/promote/<slug>-<date>}.
 * The user's working tree and index are never touched, and nothing is pushed. {@link #prepare} and
 * {@link #commit} split the same work for the workbench, which shows the files and the target's plan
 * between the two.
 *
 * <p>An assistant that uses an HTTP tool's operations or a knowledge base keeps them as sugar
 * ({@code {ref, operations}}, {@code knowledge}); the {@code type: http} and KnowledgeBase
 * documents themselves are left as committed, and a live change to an operation or a knowledge
 * file is named in a note rather than written.
 */
public final class Promotion {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private Promotion() {}

    /** What a promotion committed. */
    public record Result(String branch, String commit, List<String> files, List<String> notes) {
        public Result {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    /** Prepares and commits in one step: {@code ferry promote}. */
    public static Result stage(Path root, Connections connections, String from, String to, List<String> slugs,
            String branch, String message, Clock clock) {
        try (StagedPromotion staged = prepare(root, connections, from, to, slugs, clock)) {
            return commit(root, staged, branch, message);
        }
    }

    /**
     * Exports {@code slugs} of {@code from} over the repo as committed at HEAD, in a temporary folder, and
     * checks that the result still validates. Nothing is committed; close the result when done with it.
     *
     * @throws FerryException with {@link ExitCode#DIFFERENCES} when Git already says what the source has
     */
    public static StagedPromotion prepare(Path root, Connections connections, String from, String to,
            List<String> slugs, Clock clock) {
        if (slugs.isEmpty()) {
            throw new FerryException(ExitCode.USAGE, "name the resources to promote, e.g. ferry promote --from "
                    + from + " --to " + to + " front-desk");
        }
        Path copy = null;
        try (GitRepository git = repository(root)) {
            String head = git.head().orElseThrow(() -> new FerryException(ExitCode.USAGE,
                    "the repository has no commit yet to branch from"));
            copy = Files.createTempDirectory("ferry-promote");
            git.materialize(head, copy);
            ExportPlan plan;
            try (ProjectState atHead = ProjectState.load(copy)) {
                atHead.environment(to);
                plan = LiveExport.plan(atHead, connections, from, Optional.empty(), slugs);
            }
            Map<String, byte[]> before = new LinkedHashMap<>();
            for (FileChange change : plan.preview(copy, true)) {
                if (change.action() == FileChange.Action.OVERWRITE) {
                    before.put(change.path(), Files.readAllBytes(copy.resolve(change.path())));
                }
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (FileChange change : plan.write(copy, true)) {
                if (change.action() == FileChange.Action.CREATE || change.action() == FileChange.Action.OVERWRITE) {
                    files.put(change.path(), Files.readAllBytes(copy.resolve(change.path())));
                }
            }
            if (files.isEmpty()) {
                throw new FerryException(ExitCode.DIFFERENCES, "nothing to promote: Git already says what " + from
                        + " has for " + String.join(", ", slugs));
            }
            ProjectState.load(copy).close(); // the promoted repo must still validate before it is committed
            String branch = "ferry/promote/" + slugs.get(0) + "-" + LocalDateTime.now(clock).format(STAMP);
            String message = "Promote " + String.join(", ", slugs) + " from " + from + " towards " + to;
            List<String> notes = plan.notes().stream().map(note -> note.format()).toList();
            StagedPromotion staged = new StagedPromotion(from, to, slugs, head, branch, message, files, before,
                    notes, copy);
            copy = null;
            return staged;
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot stage the promotion: " + e.getMessage(), e);
        } finally {
            delete(copy);
        }
    }

    /**
     * Commits a prepared promotion on a new branch from HEAD, leaving the working tree and index alone.
     *
     * @param branch the branch name, or null for the prepared one
     * @param message the commit message, or null for the prepared one
     */
    public static Result commit(Path root, StagedPromotion staged, String branch, String message) {
        try (GitRepository git = repository(root)) {
            if (!git.head().orElse("").equals(staged.head())) {
                // The files were made over the old HEAD; committing them over a newer one could undo its changes.
                throw new FerryException(ExitCode.USAGE, "HEAD moved since the promotion was prepared; "
                        + "prepare it again");
            }
            String name = branch != null ? branch : staged.branch();
            String sha = git.commitOnNewBranch(name, message != null ? message : staged.message(), staged.files());
            return new Result(name, sha, List.copyOf(staged.files().keySet()), staged.notes());
        }
    }

    private static GitRepository repository(Path root) {
        return GitRepository.find(root).orElseThrow(() -> new FerryException(ExitCode.USAGE,
                root + " is not inside a Git repository; a promotion is a commit on a new branch"));
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the OS cleans its temp area.
        }
    }
}
