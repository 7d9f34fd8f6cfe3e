package dev.ferry.export;

/**
 * What to do with a file an export would change that already exists with other content, chosen
 * per file (the workbench's export wizard asks; {@code --force} means {@link #OVERWRITE} for all).
 */
public enum ConflictChoice {
    /** Write the export over it; a resource document keeps its comments and key order. */
    OVERWRITE,
    /** Leave it byte for byte as it is. */
    KEEP,
    /** Leave it, and write the export next to it under a name the repo loader skips ({@code .new}). */
    BESIDE
}
