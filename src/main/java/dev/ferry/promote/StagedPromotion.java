package dev.ferry.promote;

import dev.ferry.config.ProcessEnv;
import dev.ferry.plan.EnvironmentSession;
import dev.ferry.plan.Plan;
import dev.ferry.plan.PlanOptions;
import dev.ferry.plan.Planner;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.LiveSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A promotion prepared but not committed: the files it would change, their content at HEAD and on the
 * branch, and the repo as the branch would hold it, in a temporary folder that {@link #close} removes.
 * The workbench shows it for review; {@link Promotion#commit} turns it into a branch.
 */
public final class StagedPromotion implements AutoCloseable {
    private final String from;
    private final String to;
    private final List<String> slugs;
    private final String head;
    private final String branch;
    private final String message;
    private final Map<String, byte[]> files;
    private final Map<String, byte[]> atHead;
    private final List<String> notes;
    private final Path tree;

    StagedPromotion(String from, String to, List<String> slugs, String head, String branch, String message,
            Map<String, byte[]> files, Map<String, byte[]> atHead, List<String> notes, Path tree) {
        this.from = from;
        this.to = to;
        this.slugs = List.copyOf(slugs);
        this.head = head;
        this.branch = branch;
        this.message = message;
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        this.atHead = Collections.unmodifiableMap(new LinkedHashMap<>(atHead));
        this.notes = List.copyOf(notes);
        this.tree = tree;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public List<String> slugs() {
        return slugs;
    }

    /** The commit the promotion was made over; a commit of it branches from there only. */
    public String head() {
        return head;
    }

    /** The branch name a commit uses unless told otherwise: {@code ferry/promote/<slug>-<date>}. */
    public String branch() {
        return branch;
    }

    /** The commit message a commit uses unless told otherwise. */
    public String message() {
        return message;
    }

    /** The files the branch changes (paths relative to the platform repo), with their new content. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** A file's content at HEAD; empty when the promotion creates it. */
    public Optional<byte[]> atHead(String path) {
        return Optional.ofNullable(atHead.get(path));
    }

    /** What the export had to say (stubs, params it could not fold back). */
    public List<String> notes() {
        return notes;
    }

    /**
     * The target environment's plan against the promoted repo: what {@code ferry plan --env TO --rev
     * BRANCH} shows once the branch exists. Reads the target org fresh; writes nothing. Secrets the
     * target cannot resolve here are compared through the ledger's fingerprints, as drift does, since
     * a reviewer's laptop rarely holds the target's secrets.
     */
    public Plan planTarget(Connections connections, ProcessEnv env, Clock clock) {
        try (EnvironmentSession session = EnvironmentSession.open(tree, to, null, connections, env,
                EnvironmentSession.Secrets.IF_AVAILABLE, List.of())) {
            LiveSnapshot live = LiveSnapshot.read(to, session.client());
            return new Planner(clock).plan(session, live, new PlanOptions(List.of(), false));
        }
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(tree)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the OS cleans its temp area.
        }
    }
}
