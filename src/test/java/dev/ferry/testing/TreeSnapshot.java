package dev.ferry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a folder holds, entry by entry: folders, files (size, time and SHA-256), links (their
 * target) and other entries such as pipes, never following links or opening anything but regular
 * files. Two equal snapshots mean nothing was written, moved or touched in between.
 */
public final class TreeSnapshot {
    private TreeSnapshot() {}

    public static Map<String, String> of(Path root) {
        Map<String, String> entries = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    entries.put(root.relativize(dir) + "/", "folder " + attributes.lastModifiedTime());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    entries.put(root.relativize(file).toString(), describe(file, attributes));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String describe(Path file, BasicFileAttributes attributes) throws IOException {
        if (attributes.isSymbolicLink()) {
            return "link -> " + Files.readSymbolicLink(file);
        }
        if (!attributes.isRegularFile()) {
            return "other " + attributes.lastModifiedTime();
        }
        String permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).toString();
        if (!Files.isReadable(file)) {
            return "file " + attributes.size() + " " + attributes.lastModifiedTime() + " " + permissions;
        }
        return "file " + attributes.size() + " " + attributes.lastModifiedTime() + " " + permissions + " "
                + sha256(file);
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
