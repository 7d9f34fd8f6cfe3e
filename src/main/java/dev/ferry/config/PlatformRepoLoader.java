package dev.ferry.config;

import dev.ferry.yaml.Position;
import dev.ferry.yaml.YamlDocument;
import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a platform repo from disk: {@code environments.yaml} and every YAML or JSON file in the
 * resource folders. Resource files may sit in subfolders, except under {@code knowledge/}, whose
 * subfolders hold the knowledge bases' documents. Nothing is written; problems become findings.
 */
public final class PlatformRepoLoader {
    private PlatformRepoLoader() {}

    public static PlatformRepo load(Path root) {
        Path base = root.toAbsolutePath().normalize();
        List<Finding> findings = new ArrayList<>();
        Optional<YamlDocument> environments = readEnvironments(base, findings);
        List<Path> paths = new ArrayList<>();
        for (Kind folderKind : Kind.values()) {
            paths.addAll(resourceFiles(base, folderKind, findings));
        }
        // Parsing dominates on large repos; files are independent, so read them on every core
        // and merge the results in file order.
        List<FileResult> results = paths.parallelStream().map(file -> readDocument(base, file)).toList();
        List<ResourceDocument> documents = new ArrayList<>();
        for (FileResult result : results) {
            findings.addAll(result.findings());
            result.document().ifPresent(documents::add);
        }
        int files = paths.size() + (environments.isPresent() ? 1 : 0);
        return new PlatformRepo(base, environments, documents, findings, files);
    }

    private record FileResult(Optional<ResourceDocument> document, List<Finding> findings) {}

    private static FileResult readDocument(Path base, Path file) {
        List<Finding> findings = new ArrayList<>();
        Optional<ResourceDocument> document = read(base, file, findings)
                .flatMap(yaml -> toDocument(relative(base, file), yaml, findings));
        return new FileResult(document, findings);
    }

    private static Optional<YamlDocument> readEnvironments(Path base, List<Finding> findings) {
        Path file = base.resolve(PlatformRepo.ENVIRONMENTS_FILE);
        if (!Files.isRegularFile(file)) {
            findings.add(Finding.error(PlatformRepo.ENVIRONMENTS_FILE, Position.START, "",
                    "missing; every platform repo needs one ('ferry init' writes a starting point)", "file-missing"));
            return Optional.empty();
        }
        return read(base, file, findings);
    }

    static Optional<YamlDocument> read(Path base, Path file, List<Finding> findings) {
        String name = relative(base, file);
        byte[] bytes;
        try {
            YamlReader.checkSize(Files.size(file));
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            findings.add(Finding.error(name, Position.START, "", "cannot read file: permission denied", "file-unreadable"));
            return Optional.empty();
        } catch (IOException e) {
            findings.add(Finding.error(name, Position.START, "", "cannot read file: " + e.getMessage(), "file-unreadable"));
            return Optional.empty();
        } catch (YamlException e) {
            findings.add(Finding.error(name, e.position(), "", e.getMessage(), e.ruleId()));
            return Optional.empty();
        }
        try {
            YamlDocument yaml = YamlReader.read(bytes, name);
            if (yaml.hadByteOrderMark()) {
                findings.add(Finding.warning(name, Position.START, "",
                        "file starts with a UTF-8 byte-order mark; Ferry ignores it, but some YAML tools do not",
                        "yaml-bom"));
            }
            return Optional.of(yaml);
        } catch (YamlException e) {
            findings.add(Finding.error(name, e.position(), "", e.getMessage(), e.ruleId()));
            return Optional.empty();
        }
    }

    private static Optional<ResourceDocument> toDocument(String file, YamlDocument yaml, List<Finding> findings) {
        if (!yaml.root().isObject()) {
            findings.add(Finding.error(file, Position.START, "", "the document must be a mapping with kind, apiVersion, "
                    + "metadata and spec (found " + describe(yaml) + ")", "document-shape"));
            return Optional.empty();
        }
        var kindNode = yaml.root().get("kind");
        if (kindNode == null) {
            findings.add(Finding.error(file, Position.START, "kind", "missing required field 'kind'; expected one of "
                    + Kind.spellings(), "schema"));
            return Optional.empty();
        }
        if (!kindNode.isString()) {
            findings.add(Finding.error(file, yaml.sourceMap().valueAt("/kind"), "kind", "must be one of "
                    + Kind.spellings() + " (found " + describe(kindNode) + ")", "schema"));
            return Optional.empty();
        }
        Optional<Kind> kind = Kind.parse(kindNode.asString());
        if (kind.isEmpty()) {
            findings.add(Finding.error(file, yaml.sourceMap().valueAt("/kind"), "kind", "unknown kind '"
                    + kindNode.asString() + "'; expected one of " + Kind.spellings(), "schema"));
            return Optional.empty();
        }
        var name = yaml.root().path("metadata").get("name");
        String slug = name != null && name.isString() ? name.asString() : null;
        return Optional.of(new ResourceDocument(kind.get(), slug, file, yaml));
    }

    private static String describe(JsonNode value) {
        if (value.isNull()) {
            return "nothing";
        }
        if (value.isContainer()) {
            return value.isArray() ? "a list" : "a mapping";
        }
        return (value.isBoolean() ? "boolean " : "number ") + value.asString();
    }

    private static String describe(YamlDocument yaml) {
        if (yaml.root().isArray()) {
            return "a list";
        }
        return yaml.root().isNull() ? "nothing" : "a single value";
    }

    private static List<Path> resourceFiles(Path base, Kind kind, List<Finding> findings) {
        Path folder = base.resolve(kind.folder());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        int depth = kind == Kind.KNOWLEDGE_BASE ? 1 : Integer.MAX_VALUE;
        List<Path> files = new ArrayList<>();
        try {
            Path baseReal = base.toRealPath();
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    if (!Files.isSymbolicLink(dir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path real = dir.toRealPath();
                    if (dir.toAbsolutePath().getParent().toRealPath().startsWith(real)) {
                        return skip(dir, "symbolic link loop: this folder links back to one of its parents; "
                                + "Ferry skipped it", "file-symlink-loop");
                    }
                    if (!real.startsWith(baseReal)) {
                        return skip(dir, "this folder is a link to a place outside the platform repo; Ferry skipped "
                                + "it", "file-outside-repo");
                    }
                    return FileVisitResult.CONTINUE;
                }

                private FileVisitResult skip(Path dir, String message, String rule) {
                    findings.add(Finding.error(relative(base, dir), Position.START, "", message, rule));
                    return FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isDocumentName(file.getFileName().toString())) {
                        return FileVisitResult.CONTINUE;
                    }
                    // Links are followed, so link attributes here mean the link leads nowhere.
                    if (attributes.isSymbolicLink()) {
                        findings.add(brokenLink(base, file));
                    } else if (attributes.isRegularFile() && !isInside(file, baseReal)) {
                        findings.add(Finding.error(relative(base, file), Position.START, "", "this file is a link to a "
                                + "place outside the platform repo; Ferry skipped it", "file-outside-repo"));
                    } else if (attributes.isRegularFile()) {
                        files.add(file);
                    } else if (attributes.isOther()) {
                        // Opening a pipe would block validate forever.
                        findings.add(Finding.error(relative(base, file), Position.START, "", "cannot read file: not a "
                                + "regular file (a pipe, socket or device); Ferry reads only regular files",
                                "file-unreadable"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String name = relative(base, file);
                    if (e instanceof FileSystemLoopException) {
                        findings.add(Finding.error(name, Position.START, "", "symbolic link loop: this folder links "
                                + "back to one of its parents; Ferry skipped it", "file-symlink-loop"));
                    } else {
                        findings.add(Finding.error(name, Position.START, "", "cannot read: " + e.getMessage(),
                                "file-unreadable"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            findings.add(Finding.error(kind.folder(), Position.START, "", "cannot list folder: " + e.getMessage(),
                    "file-unreadable"));
        }
        files.sort(null);
        return files;
    }

    private static boolean isInside(Path file, Path baseReal) {
        try {
            return file.toRealPath().startsWith(baseReal);
        } catch (IOException e) {
            return false;
        }
    }

    /** The finding for a document name that is a link to nothing: a missing target, or a loop of links. */
    private static Finding brokenLink(Path base, Path link) {
        String name = relative(base, link);
        try {
            Set<Path> seen = new HashSet<>();
            Path current = link.toAbsolutePath().normalize();
            while (Files.isSymbolicLink(current)) {
                if (!seen.add(current)) {
                    return Finding.error(name, Position.START, "", "symbolic link loop: this link leads back to "
                            + "itself; Ferry skipped it", "file-symlink-loop");
                }
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            }
            return Finding.error(name, Position.START, "", "cannot read file: it is a symbolic link to '"
                    + Files.readSymbolicLink(link) + "', which does not exist", "file-unreadable");
        } catch (IOException e) {
            return Finding.error(name, Position.START, "", "cannot read file: " + e.getMessage(), "file-unreadable");
        }
    }

    private static boolean isDocumentName(String name) {
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    static String relative(Path base, Path file) {
        return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
