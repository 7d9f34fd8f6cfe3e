package dev.ferry.cli;

/** The shape of data printed on stdout. */
enum OutputFormat {
    text,
    json,
    yaml
}
