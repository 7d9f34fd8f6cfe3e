package dev.ferry.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One file as {@code fmt} found it and as it would write it.
 *
 * @param name the path shown to the user: relative to the repo, or as given on the command line
 * @param path where the file is on disk
 */
public record FormattedFile(String name, Path path, byte[] original, String formatted) {
    public boolean isChanged() {
        return !Arrays.equals(original, formatted.getBytes(StandardCharsets.UTF_8));
    }
}
