package dev.ferry.schema;

import dev.ferry.config.Environments;
import dev.ferry.config.EnvironmentsParser;
import dev.ferry.config.Finding;
import dev.ferry.config.PlatformRepo;
import dev.ferry.config.PlatformRepoLoader;
import dev.ferry.config.ResourceDocument;
import dev.ferry.config.TranscriptFile;
import dev.ferry.config.TranscriptFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The validate use case: read the platform repo, check every file against its schema, then lint
 * what passed; golden-path transcripts under {@code tests/} are checked too. It needs no network and
 * no secrets and writes nothing. Every command that loads
 * the repo starts here.
 */
public final class RepoValidator {
    private static final List<LintRule> RULES = List.of(
            new RefRule(), new DuplicateRule(), new CycleRule(), new NameRule(), new FileRefRule(), new ParamRule(),
            new SecretRule(), new EnvironmentRule(), new AmbiguousScalarRule());

    private final SchemaValidator schemas;

    public RepoValidator() {
        this(new SchemaValidator());
    }

    public RepoValidator(SchemaValidator schemas) {
        this.schemas = schemas;
    }

    public ValidationReport validate(Path root, LocalDate today) {
        PlatformRepo repo = PlatformRepoLoader.load(root);
        List<Finding> findings = new ArrayList<>(repo.readFindings());
        Environments environments = null;
        if (repo.environmentsFile().isPresent()) {
            var yaml = repo.environmentsFile().get();
            List<Finding> envFindings = schemas.validate(SchemaName.ENVIRONMENTS, yaml.root(), yaml.sourceMap(),
                    PlatformRepo.ENVIRONMENTS_FILE);
            findings.addAll(envFindings);
            if (envFindings.isEmpty()) {
                environments = EnvironmentsParser.parse(yaml.root());
            }
        }
        // Identity, not equality: a document's equality would hash its whole tree.
        Set<ResourceDocument> passed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<List<Finding>> perDocument = repo.documents().parallelStream()
                .map(document -> schemas.validate(SchemaName.of(document.kind()), document.yaml().root(),
                        document.yaml().sourceMap(), document.file()))
                .toList();
        for (int i = 0; i < perDocument.size(); i++) {
            findings.addAll(perDocument.get(i));
            if (perDocument.get(i).isEmpty()) {
                passed.add(repo.documents().get(i));
            }
        }
        LintContext context = new LintContext(repo, environments, passed, today);
        for (LintRule rule : RULES) {
            rule.check(context);
        }
        findings.addAll(context.findings());
        List<Finding> transcriptFindings = new ArrayList<>();
        List<TranscriptFile> transcripts = TranscriptFiles.read(root, transcriptFindings);
        findings.addAll(transcriptFindings);
        findings.addAll(TranscriptChecks.check(schemas, repo, transcripts));
        findings.sort(Finding.ORDER);
        return new ValidationReport(repo, java.util.Optional.ofNullable(environments), findings);
    }
}
