package dev.ferry.config;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the platform repo: the given folder, or the nearest parent that holds {@code environments.yaml}. */
public final class RepoLocator {
    private RepoLocator() {}

    public static Path locate(Path start) {
        Path absolute = start.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new FerryException(ExitCode.USAGE, absolute + ": not a folder; give the folder of the platform repo "
                    + "(the one that holds " + PlatformRepo.ENVIRONMENTS_FILE + ")");
        }
        if (!Files.isDirectory(absolute)) {
            throw new FerryException(ExitCode.USAGE, absolute + ": no such folder");
        }
        for (Path current = absolute; current != null; current = current.getParent()) {
            if (Files.isRegularFile(current.resolve(PlatformRepo.ENVIRONMENTS_FILE))) {
                return current;
            }
        }
        throw new FerryException(ExitCode.INVALID_CONFIG, absolute + ": not inside a platform repo (no "
                + PlatformRepo.ENVIRONMENTS_FILE + " here or in any parent folder); 'ferry init' makes one");
    }
}
