package dev.ferry.gitops;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes an imported repo so that it appears whole or not at all: every file goes into a hidden
 * folder beside the target, which is renamed into place at the end. The target must not exist or
 * be an empty folder; an import never writes over anything.
 */
public final class ImportWriter {
    private ImportWriter() {}

    /**
     * Writes {@code result} as the folder {@code target}.
     *
     * @throws FerryException with {@link ExitCode#USAGE} when the target holds anything, or
     *     {@link ExitCode#ERROR} when writing fails (then nothing is left behind)
     */
    public static void write(ImportResult result, Path target) {
        Path out = target.toAbsolutePath().normalize();
        refuseNonEmpty(out);
        Path parent = out.getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = Files.createTempDirectory(parent, "." + out.getFileName() + ".import-");
            for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
                Path path = temp.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            refuseNonEmpty(out);
            Files.deleteIfExists(out);
            try {
                Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, out);
            }
            temp = null;
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot write the imported repo to " + out + ": " + e.getMessage()
                    + "; nothing was written", e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static void refuseNonEmpty(Path out) {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new FerryException(ExitCode.USAGE, out + " is a file; import writes a new repo into a new or "
                    + "empty folder");
        }
        try (Stream<Path> children = Files.list(out)) {
            if (children.findAny().isPresent()) {
                throw new FerryException(ExitCode.USAGE, out + " is not empty; import writes a new repo only into "
                        + "a new or empty folder, so nothing was written. Choose another --out");
            }
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read " + out + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // The write already failed and says so; a stray hidden folder is the lesser problem.
        }
    }
}
