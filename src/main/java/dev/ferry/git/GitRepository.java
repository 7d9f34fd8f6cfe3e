package dev.ferry.git;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The Git repository that holds a platform repo, which may be a folder of a larger repository
 * or a linked worktree. It reads the platform repo as it was at any revision without touching
 * the working tree or the index. JGit stays behind this class.
 */
public final class GitRepository implements AutoCloseable {
    private final Repository repository;
    private final String prefix;

    private GitRepository(Repository repository, String prefix) {
        this.repository = repository;
        this.prefix = prefix;
    }

    /** The repository holding {@code platformRoot}, or empty when it is not under Git. */
    public static Optional<GitRepository> find(Path platformRoot) {
        Path folder = platformRoot.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            if (repository.isBare()) {
                repository.close();
                return Optional.empty();
            }
            Path top = repository.getWorkTree().toPath().toRealPath();
            String prefix = top.relativize(folder.toRealPath()).toString().replace('\\', '/');
            return Optional.of(new GitRepository(repository, prefix));
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot open the Git repository of " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    /** The platform repo's folder inside the work tree, empty when it is the top. */
    public String prefix() {
        return prefix;
    }

    public Path workTree() {
        return repository.getWorkTree().toPath();
    }

    /** The full sha of a revision ({@code HEAD}, {@code main}, {@code HEAD~2}, a short sha). */
    public String resolve(String revision) {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            if (id == null) {
                throw new FerryException(ExitCode.USAGE, "no Git revision '" + revision + "' in "
                        + repository.getWorkTree());
            }
            return id.name();
        } catch (RevisionSyntaxException | IOException e) {
            throw new FerryException(ExitCode.USAGE, "cannot read Git revision '" + revision + "': " + e.getMessage(),
                    e);
        }
    }

    public Optional<String> head() {
        try {
            ObjectId id = repository.resolve(Constants.HEAD + "^{commit}");
            return Optional.ofNullable(id).map(ObjectId::name);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the platform repo's files as they were at {@code revision} into {@code target}
     * (created if missing). Only the platform repo's folder is written; links are skipped.
     */
    public void materialize(String revision, Path target) {
        String sha = resolve(revision);
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(sha));
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            if (!prefix.isEmpty()) {
                tree.setFilter(PathFilter.create(prefix));
            }
            Files.createDirectories(target);
            while (tree.next()) {
                FileMode mode = tree.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue;
                }
                String path = tree.getPathString();
                String relative = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
                Path file = target.resolve(relative).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    repository.open(tree.getObjectId(0)).copyTo(out);
                }
            }
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read the platform repo at " + revision + ": "
                    + e.getMessage(), e);
        }
    }

    /** One commit in the history of a file. */
    public record Commit(String sha, Instant time, String author, String subject) {
        public String shortSha() {
            return GitRepository.shortSha(sha);
        }
    }

    /**
     * Whether {@code file} (inside the work tree) is in the index, i.e. tracked or about to be
     * committed. Used to refuse secrets kept in a file that Git would publish.
     */
    public boolean isTracked(Path file) {
        Path top = workTree().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(top)) {
            return false;
        }
        String relative = top.relativize(absolute).toString().replace('\\', '/');
        try {
            return repository.readDirCache().findEntry(relative) >= 0;
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read the Git index of " + top + ": " + e.getMessage(), e);
        }
    }

    /**
     * The commits that changed {@code relativePath} (relative to the platform repo), newest first,
     * at most {@code limit}; empty when the repository has no commits yet.
     */
    public List<Commit> log(String relativePath, int limit) {
        String path = prefix.isEmpty() ? relativePath : prefix + "/" + relativePath;
        List<Commit> commits = new ArrayList<>();
        try (Git git = new Git(repository)) {
            if (head().isEmpty()) {
                return commits;
            }
            for (RevCommit commit : git.log().addPath(path).setMaxCount(limit).call()) {
                commits.add(new Commit(commit.getName(), Instant.ofEpochSecond(commit.getCommitTime()),
                        commit.getAuthorIdent().getName(), commit.getShortMessage()));
            }
            return commits;
        } catch (GitAPIException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read the history of " + relativePath + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Whether the platform repo's folder has changes that are not committed: a tracked file changed, or a
     * new file where Ferry reads configuration (any subfolder, or environments.yaml). Ferry's ledgers
     * ({@code state/}), its working folder ({@code .ferry/}) and loose files at the top such as a saved
     * plan do not count: an apply writes them itself.
     */
    /** The first seven characters of a commit id, as Git shows it in one-line logs. */
    public static String shortSha(String sha) {
        return sha.substring(0, Math.min(7, sha.length()));
    }

    public boolean isDirty() {
        return !changedConfigFiles().isEmpty();
    }

    /**
     * The configuration files that differ from HEAD in the working tree or the index, relative to the
     * platform repo and sorted, counted as {@link #isDirty} counts them.
     */
    public java.util.SortedSet<String> changedConfigFiles() {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.wrap(repository)) {
            org.eclipse.jgit.api.StatusCommand command = git.status();
            if (!prefix.isEmpty()) {
                command.addPath(prefix);
            }
            org.eclipse.jgit.api.Status status = command.call();
            java.util.Set<String> tracked = new java.util.TreeSet<>();
            tracked.addAll(status.getAdded());
            tracked.addAll(status.getChanged());
            tracked.addAll(status.getRemoved());
            tracked.addAll(status.getMissing());
            tracked.addAll(status.getModified());
            tracked.addAll(status.getConflicting());
            String base = prefix.isEmpty() ? "" : prefix + "/";
            java.util.function.Function<String, String> inPlatform = path -> path.startsWith(base)
                    ? path.substring(base.length()) : path;
            java.util.SortedSet<String> changed = new java.util.TreeSet<>();
            tracked.stream().map(inPlatform).filter(GitRepository::isConfig).forEach(changed::add);
            status.getUntracked().stream().map(inPlatform)
                    .filter(path -> isConfig(path) && (path.contains("/") || path.equals("environments.yaml")))
                    .forEach(changed::add);
            return changed;
        } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read the Git status of " + workTree() + ": "
                    + e.getMessage(), e);
        }
    }

    private static boolean isConfig(String path) {
        return !path.startsWith("state/") && !path.startsWith(".ferry/");
    }

    /**
     * Whether two revisions hold the same platform configuration: every file of the platform repo's folder
     * equal, apart from the ledgers in {@code state/}. CI commits a ledger back after each apply, so the
     * revision a later environment is planned at may differ from the one applied before only by that.
     */
    public boolean sameConfig(String first, String second) {
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(resolve(first))).getTree());
            tree.addTree(walk.parseCommit(ObjectId.fromString(resolve(second))).getTree());
            tree.setRecursive(true);
            if (!prefix.isEmpty()) {
                tree.setFilter(PathFilter.create(prefix));
            }
            String base = prefix.isEmpty() ? "" : prefix + "/";
            while (tree.next()) {
                String path = tree.getPathString().substring(base.length());
                if (!path.startsWith("state/") && !tree.getObjectId(0).equals(tree.getObjectId(1))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot compare revisions " + first + " and " + second + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Commits {@code files} (paths relative to the platform repo) on a new branch from HEAD without
     * touching the working tree or the index; returns the commit's sha.
     */
    public String commitOnNewBranch(String branch, String message, java.util.Map<String, byte[]> files) {
        java.util.Map<String, byte[]> fromTop = new java.util.LinkedHashMap<>();
        files.forEach((path, bytes) -> fromTop.put(prefix.isEmpty() ? path : prefix + "/" + path, bytes));
        var config = repository.getConfig();
        String name = java.util.Objects.requireNonNullElse(config.getString("user", null, "name"), "Ferry");
        String email = java.util.Objects.requireNonNullElse(config.getString("user", null, "email"), "ferry@localhost");
        return BranchCommit.create(repository, branch, message, new org.eclipse.jgit.lib.PersonIdent(name, email),
                fromTop);
    }

    Repository jgit() {
        return repository;
    }

    @Override
    public void close() {
        repository.close();
    }
}
