package dev.ferry.config;

import dev.ferry.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The platform repo as read from disk, before validation: {@code environments.yaml}, every
 * resource document, and the findings met while reading (syntax errors, unreadable files).
 */
public record PlatformRepo(
        Path root, Optional<YamlDocument> environmentsFile, List<ResourceDocument> documents, List<Finding> readFindings,
        int filesRead) {

    public static final String ENVIRONMENTS_FILE = "environments.yaml";

    public PlatformRepo {
        documents = List.copyOf(documents);
        readFindings = List.copyOf(readFindings);
    }

    public List<ResourceDocument> documents(Kind kind) {
        return documents.stream().filter(document -> document.kind() == kind).toList();
    }

    public Optional<ResourceDocument> find(Kind kind, String slug) {
        return documents.stream().filter(d -> d.kind() == kind && slug.equals(d.slug())).findFirst();
    }
}
