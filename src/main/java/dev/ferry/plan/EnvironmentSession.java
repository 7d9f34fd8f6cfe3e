package dev.ferry.plan;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.TemporaryFiles;
import dev.ferry.config.Environment;
import dev.ferry.config.ProcessEnv;
import dev.ferry.git.GitRepository;
import dev.ferry.ledger.LedgerStore;
import dev.ferry.render.RenderedResource;
import dev.ferry.secrets.Fingerprints;
import dev.ferry.secrets.ResolvedSecrets;
import dev.ferry.secrets.SecretProviders;
import dev.ferry.secrets.SecretRef;
import dev.ferry.secrets.SecretResolver;
import dev.ferry.vapi.VapiClient;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.ProjectState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything plan, apply, drift and rollback need about one environment, made ready in the order that
 * keeps a failure harmless: the repo is validated and rendered, the ledger read (a corrupt one stops
 * here), secrets resolved (a missing one stops here), and only then is the org's client opened. No
 * request has reached the org when this returns.
 */
public final class EnvironmentSession implements AutoCloseable {
    private final Path root;
    private final Path sourceRoot;
    private final Path materialized;
    private final ProjectState project;
    private final Environment environment;
    private final List<RenderedResource> rendered;
    private final LedgerStore ledger;
    private final Fingerprints fingerprints;
    private final ResolvedSecrets secrets;
    private final VapiClient client;
    private final GitState git;
    private final List<String> notices;

    /** The revision being rendered: its sha (null outside Git) and whether uncommitted changes were included. */
    public record GitState(String sha, boolean dirty, String revision) {
        public String shortSha() {
            return sha == null ? "(no Git)" : sha.substring(0, Math.min(12, sha.length())) + (dirty ? "+dirty" : "");
        }
    }

    private EnvironmentSession(Path root, Path sourceRoot, Path materialized, ProjectState project,
            Environment environment, List<RenderedResource> rendered, LedgerStore ledger, Fingerprints fingerprints,
            ResolvedSecrets secrets, VapiClient client, GitState git, List<String> notices) {
        this.root = root;
        this.sourceRoot = sourceRoot;
        this.materialized = materialized;
        this.project = project;
        this.environment = environment;
        this.rendered = List.copyOf(rendered);
        this.ledger = ledger;
        this.fingerprints = fingerprints;
        this.secrets = secrets;
        this.client = client;
        this.git = git;
        this.notices = List.copyOf(notices);
    }

    /** How a session treats secret references. */
    public enum Secrets {
        /** Every reference must resolve (plan, apply). */
        REQUIRED,
        /** Resolved when the provider can; otherwise compared through the ledger's fingerprints alone (drift). */
        IF_AVAILABLE
    }

    /**
     * Opens {@code environment} of the platform repo at {@code root}, rendered from the working tree or,
     * with a {@code revision}, from Git history (the working tree is not touched).
     *
     * @param resolveSecrets false for commands that compare without writing (drift), which need no secrets
     */
    public static EnvironmentSession open(Path root, String environmentName, String revision,
            Connections connections, ProcessEnv env, boolean resolveSecrets) {
        return open(root, environmentName, revision, connections, env, resolveSecrets ? Secrets.REQUIRED
                : Secrets.IF_AVAILABLE, List.of());
    }

    /** As {@link #open}, resolving {@code extraRefs} too: the references of a saved plan's payloads. */
    public static EnvironmentSession open(Path root, String environmentName, String revision,
            Connections connections, ProcessEnv env, Secrets mode, java.util.Collection<SecretRef> extraRefs) {
        return open(root, null, environmentName, revision, connections, env, mode, extraRefs);
    }

    /**
     * As {@link #open}, with the working tree's project already loaded and validated by the caller (it is
     * used only when no {@code revision} is asked for), so that a large repo is not validated twice.
     */
    public static EnvironmentSession open(Path root, ProjectState loaded, String environmentName, String revision,
            Connections connections, ProcessEnv env, Secrets mode, java.util.Collection<SecretRef> extraRefs) {
        Path materialized = null;
        try {
            ProjectState project;
            GitState git;
            if (revision != null) {
                materialized = Files.createTempDirectory("ferry-rev-");
                project = ProjectState.atRevision(root, revision, materialized);
                try (GitRepository repository = GitRepository.find(root).orElseThrow()) {
                    git = new GitState(repository.resolve(revision), false, revision);
                }
            } else {
                project = loaded != null ? loaded : ProjectState.load(root);
                git = workingTree(root);
            }
            Environment environment = project.environment(environmentName);
            LedgerStore ledger = LedgerStore.open(root, environment.name());
            List<RenderedResource> rendered = project.render(environment);
            Fingerprints fingerprints = new Fingerprints(connections.endpoint(environment).token());
            Path sourceRoot = materialized == null ? root : materialized;
            ResolvedSecrets secrets;
            List<String> notices = new ArrayList<>();
            List<SecretRef> refs = new ArrayList<>(extraRefs);
            rendered.forEach(resource -> refs.addAll(ResolvedSecrets.refsIn(resource.payload())));
            SecretResolver resolver = new SecretResolver(environment.name(),
                    () -> SecretProviders.forEnvironment(environment, root, env));
            try {
                secrets = resolver.resolve(refs, fingerprints);
            } catch (FerryException e) {
                if (mode == Secrets.REQUIRED) {
                    throw e;
                }
                secrets = ResolvedSecrets.none(fingerprints);
                notices.add("secrets are not resolvable here, so secret values are compared through the ledger's "
                        + "fingerprints only");
            }
            VapiClient client = connections.client(environment);
            secrets.forEachValue(client.redactor()::registerSecret);
            return new EnvironmentSession(root, sourceRoot, materialized, project, environment, rendered, ledger,
                    fingerprints, secrets, client, git, notices);
        } catch (IOException e) {
            TemporaryFiles.deleteQuietly(materialized);
            throw new FerryException(ExitCode.ERROR, "cannot make a temporary folder: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            TemporaryFiles.deleteQuietly(materialized);
            throw e;
        }
    }

    private static GitState workingTree(Path root) {
        Optional<GitRepository> found = GitRepository.find(root);
        if (found.isEmpty()) {
            return new GitState(null, false, null);
        }
        try (GitRepository repository = found.get()) {
            Optional<String> head = repository.head();
            return new GitState(head.orElse(null), head.isEmpty() || repository.isDirty(), null);
        }
    }

    public Path root() {
        return root;
    }

    /** Where the rendered documents' files are read from: the repo, or the folder a revision was written to. */
    public Path sourceRoot() {
        return sourceRoot;
    }

    public ProjectState project() {
        return project;
    }

    public Environment environment() {
        return environment;
    }

    public List<RenderedResource> rendered() {
        return rendered;
    }

    public LedgerStore ledger() {
        return ledger;
    }

    public Fingerprints fingerprints() {
        return fingerprints;
    }

    public ResolvedSecrets secrets() {
        return secrets;
    }

    public VapiClient client() {
        return client;
    }

    public GitState git() {
        return git;
    }

    /** What the session had to give up on, and what the ledger recovered, for the user to read. */
    public List<String> notices() {
        List<String> all = new ArrayList<>(ledger.notices());
        all.addAll(notices);
        return all;
    }

    /** Deletes the folder a revision was written to; the client belongs to the connections and stays open. */
    @Override
    public void close() {
        TemporaryFiles.deleteQuietly(materialized);
    }
}
