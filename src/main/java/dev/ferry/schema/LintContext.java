package dev.ferry.schema;

import dev.ferry.config.Environments;
import dev.ferry.config.Finding;
import dev.ferry.config.Kind;
import dev.ferry.config.PlatformRepo;
import dev.ferry.config.ResourceDocument;
import dev.ferry.yaml.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every lint rule reads (the repo, its environments when they parsed, today's date) and
 * where it reports. Rules check only documents that passed their schema, so shapes are known.
 */
final class LintContext {
    private final PlatformRepo repo;
    private final Environments environments;
    private final Set<ResourceDocument> checked;
    private final LocalDate today;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Kind, List<ResourceDocument>> byKind = new EnumMap<>(Kind.class);
    private List<ResourceDocument> all;

    LintContext(PlatformRepo repo, Environments environments, Set<ResourceDocument> checked, LocalDate today) {
        this.repo = repo;
        this.environments = environments;
        this.checked = checked;
        this.today = today;
    }

    PlatformRepo repo() {
        return repo;
    }

    /**
     * Whether a file that would define {@code slug} of {@code kind} exists but could not be read: its own
     * error says why, and a ref to it is not reported again as unknown.
     */
    boolean unreadable(Kind kind, String slug) {
        for (Finding finding : repo.readFindings()) {
            String file = finding.file();
            if (finding.isError() && file.startsWith(kind.folder() + "/")
                    && (file.endsWith("/" + slug + ".yaml") || file.endsWith("/" + slug + ".yml")
                            || file.endsWith("/" + slug + ".json"))) {
                return true;
            }
        }
        return false;
    }

    Optional<Environments> environments() {
        return Optional.ofNullable(environments);
    }

    LocalDate today() {
        return today;
    }

    /** Documents whose schema passed: the ones rules look inside. */
    List<ResourceDocument> documents(Kind kind) {
        return byKind.computeIfAbsent(kind, key -> repo.documents(key).stream().filter(checked::contains).toList());
    }

    List<ResourceDocument> documents() {
        if (all == null) {
            all = repo.documents().stream().filter(checked::contains).toList();
        }
        return all;
    }

    /** Every document of a kind with a slug, valid or not, so that refs to a broken file are not also "unknown". */
    boolean exists(Kind kind, String slug) {
        return repo.find(kind, slug).isPresent();
    }

    void error(ResourceDocument document, String pointer, String message, String rule) {
        findings.add(Finding.error(document.file(), positionOf(document, pointer), FieldPaths.of(pointer), message, rule));
    }

    void warning(ResourceDocument document, String pointer, String message, String rule) {
        findings.add(Finding.warning(document.file(), positionOf(document, pointer), FieldPaths.of(pointer), message,
                rule));
    }

    void environmentsError(String pointer, String message, String rule) {
        findings.add(Finding.error(PlatformRepo.ENVIRONMENTS_FILE, environmentsPosition(pointer), FieldPaths.of(pointer),
                message, rule));
    }

    /** An error about a whole entry, such as an environment, shown at its key rather than its first field. */
    void environmentsKeyError(String pointer, String message, String rule) {
        Position at = repo.environmentsFile().map(yaml -> yaml.sourceMap().keyAt(pointer)).orElse(Position.START);
        findings.add(Finding.error(PlatformRepo.ENVIRONMENTS_FILE, at, FieldPaths.of(pointer), message, rule));
    }

    void environmentsWarning(String pointer, String message, String rule) {
        findings.add(Finding.warning(PlatformRepo.ENVIRONMENTS_FILE, environmentsPosition(pointer),
                FieldPaths.of(pointer), message, rule));
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    List<Finding> findings() {
        return findings;
    }

    private static Position positionOf(ResourceDocument document, String pointer) {
        return document.yaml().sourceMap().valueAt(pointer);
    }

    private Position environmentsPosition(String pointer) {
        return repo.environmentsFile().map(yaml -> yaml.sourceMap().valueAt(pointer)).orElse(Position.START);
    }
}
