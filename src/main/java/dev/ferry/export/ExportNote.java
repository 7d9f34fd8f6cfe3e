package dev.ferry.export;

/**
 * Something export could not carry over as it was, or wants the user to check: an id left as
 * {@code unresolved:<id>}, a secret turned into a reference, a name Ferry had to invent.
 *
 * @param file the repo file it concerns, or empty when it concerns no file (a live object left out)
 */
public record ExportNote(String file, String message) {
    public String format() {
        return file.isEmpty() ? message : file + ": " + message;
    }
}
