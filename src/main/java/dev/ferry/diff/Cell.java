package dev.ferry.diff;

/**
 * What a view draws for one grapheme cluster: printable text, its columns, and whether it is a
 * changed part. The terminal printer and the workbench both draw from these.
 */
public record Cell(String text, int width, boolean marked) {}
