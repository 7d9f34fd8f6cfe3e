package dev.ferry.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sandbox data folder: {@code orgs/<org>/<kind>/<id>.json}, one file per object, each written to a
 * temporary file and renamed into place so that a crash never leaves half a file. The folder has one
 * owner at a time: an OS lock on {@code lock}, and the owner's port in {@code port}.
 */
final class DataFolder implements Persistence, AutoCloseable {
    static final String LOCK_FILE = "lock";
    static final String PORT_FILE = "port";
    private static final String SUFFIX = ".json";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataFolder(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes the folder's lock, creating the folder if needed; empty when another owner holds it. */
    static Optional<DataFolder> tryOpen(Path root) throws IOException {
        Files.createDirectories(root);
        Path absolute = root.toRealPath();
        FileChannel channel = FileChannel.open(
                absolute.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            // Another owner in this same JVM: the OS lock is per process, so Java reports it this way.
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new DataFolder(absolute, channel, lock));
    }

    Path root() {
        return root;
    }

    void writePort(int port) {
        writeAtomically(root.resolve(PORT_FILE), (port + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** The port the folder's owner wrote, if there is a readable one. */
    static Optional<Integer> readPort(Path root) {
        try {
            return Optional.of(Integer.parseInt(Files.readString(root.resolve(PORT_FILE)).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<String> orgNames() {
        Path orgs = root.resolve("orgs");
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(orgs)) {
            for (Path org : list(orgs)) {
                String name = org.getFileName().toString();
                if (Files.isDirectory(org) && SandboxOrg.isValidName(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @Override
    public void addOrg(String org) {
        try {
            Files.createDirectories(root.resolve("orgs").resolve(org));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the folder of sandbox org " + org, e);
        }
    }

    @Override
    public Map<ApiKind, List<ObjectNode>> load(String org) {
        Map<ApiKind, List<ObjectNode>> all = new EnumMap<>(ApiKind.class);
        for (ApiKind kind : ApiKind.values()) {
            Path folder = kindFolder(org, kind);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<ObjectNode> objects = new ArrayList<>();
            for (Path file : list(folder)) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    deleteQuietly(file); // a temporary file left by a crash before its rename
                } else if (name.endsWith(SUFFIX)) {
                    objects.add(read(file));
                }
            }
            all.put(kind, objects);
        }
        return all;
    }

    @Override
    public void save(String org, ApiKind kind, ObjectNode object) {
        Path folder = kindFolder(org, kind);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeAtomically(folder.resolve(object.path("id").asString() + SUFFIX), Json.writePretty(object));
    }

    @Override
    public void delete(String org, ApiKind kind, String id) {
        try {
            Files.deleteIfExists(kindFolder(org, kind).resolve(id + SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the port file, then gives the lock up; the data stays. */
    @Override
    public void close() {
        deleteQuietly(root.resolve(PORT_FILE));
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path kindFolder(String org, ApiKind kind) {
        return root.resolve("orgs").resolve(org).resolve(kind.folder());
    }

    private static void writeAtomically(Path target, byte[] content) {
        try {
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        }
    }

    private static ObjectNode read(Path file) {
        try {
            return Json.readObject(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + " is not a stored sandbox object: " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path folder) {
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(paths::add);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
        return paths;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Leftovers are harmless: temporary files are skipped on load, a stale port is checked before use.
        }
    }
}
