package dev.ferry.tui;

import dev.ferry.FerryException;
import dev.ferry.config.Environment;
import dev.ferry.git.GitRepository;
import dev.ferry.ledger.AppliedRevision;
import dev.ferry.ledger.LedgerStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the column headers and the Git column say about revisions: the HEAD commit, the configuration
 * files changed since it, and the commit each environment last received (from its ledger). Read on
 * the feed's thread; a repo outside Git or an unreadable ledger just leaves the fact out.
 *
 * @param head the short sha of HEAD, or null outside Git
 * @param changed files relative to the platform repo that differ from HEAD
 * @param applied the short sha each environment last received, by environment name
 */
record GitFacts(String head, Set<String> changed, Map<String, String> applied) {
    static final GitFacts NONE = new GitFacts(null, Set.of(), Map.of());

    GitFacts {
        changed = Set.copyOf(changed);
        applied = Map.copyOf(applied);
    }

    static GitFacts read(Path root, List<Environment> environments) {
        String head = null;
        Set<String> changed = Set.of();
        Optional<GitRepository> found = GitRepository.find(root);
        if (found.isPresent()) {
            try (GitRepository git = found.get()) {
                head = git.head().map(GitRepository::shortSha).orElse(null);
                changed = git.changedConfigFiles();
            } catch (FerryException unreadable) {
                changed = Set.of();
            }
        }
        Map<String, String> applied = new HashMap<>();
        for (Environment environment : environments) {
            try {
                LedgerStore.open(root, environment.name()).snapshot().lastApplied()
                        .filter(revision -> revision.sha() != null)
                        .ifPresent(revision -> applied.put(environment.name(), label(revision)));
            } catch (FerryException unreadable) {
                // The environment's column reports a broken ledger when it is planned; the header stays quiet.
            }
        }
        return new GitFacts(head, changed, applied);
    }

    boolean isChanged(String file) {
        return file != null && changed.contains(file);
    }

    private static String label(AppliedRevision revision) {
        return GitRepository.shortSha(revision.sha()) + (revision.dirty() ? "+" : "");
    }
}
