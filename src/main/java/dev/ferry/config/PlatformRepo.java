package dev.ferry.config;

import dev.ferry.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform repo as read from disk, before validation: {@code environments.yaml}, every
 * resource document, and the findings met while reading (syntax errors, unreadable files).
 * Lookups by kind and slug are indexed, since lint asks them for every ref.
 */
public final class PlatformRepo {
    public static final String ENVIRONMENTS_FILE = "environments.yaml";

    private final Path root;
    private final Optional<YamlDocument> environmentsFile;
    private final List<ResourceDocument> documents;
    private final List<Finding> readFindings;
    private final int filesRead;
    private final Map<Kind, List<ResourceDocument>> byKind = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, ResourceDocument>> bySlug = new EnumMap<>(Kind.class);

    public PlatformRepo(Path root, Optional<YamlDocument> environmentsFile, List<ResourceDocument> documents,
            List<Finding> readFindings, int filesRead) {
        this.root = root;
        this.environmentsFile = environmentsFile;
        this.documents = List.copyOf(documents);
        this.readFindings = List.copyOf(readFindings);
        this.filesRead = filesRead;
        Map<Kind, List<ResourceDocument>> lists = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            lists.put(kind, new ArrayList<>());
            bySlug.put(kind, new HashMap<>());
        }
        for (ResourceDocument document : this.documents) {
            lists.get(document.kind()).add(document);
            if (document.slug() != null) {
                bySlug.get(document.kind()).putIfAbsent(document.slug(), document);
            }
        }
        lists.forEach((kind, list) -> byKind.put(kind, List.copyOf(list)));
    }

    public Path root() {
        return root;
    }

    public Optional<YamlDocument> environmentsFile() {
        return environmentsFile;
    }

    public List<ResourceDocument> documents() {
        return documents;
    }

    public List<Finding> readFindings() {
        return readFindings;
    }

    /** How many files were read: environments.yaml and every resource file. */
    public int filesRead() {
        return filesRead;
    }

    public List<ResourceDocument> documents(Kind kind) {
        return byKind.get(kind);
    }

    /** The first document of a kind with that slug, in file order. */
    public Optional<ResourceDocument> find(Kind kind, String slug) {
        return Optional.ofNullable(bySlug.get(kind).get(slug));
    }
}
