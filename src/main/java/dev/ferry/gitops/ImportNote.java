package dev.ferry.gitops;

/**
 * One thing the import could not carry over as it was, or that the user has to finish by hand:
 * a field whose value differs between environments in a way params cannot say, a gitops file
 * reference in a field Ferry does not wire, a folder of a kind Ferry does not manage.
 *
 * @param file the gitops file it concerns, relative to the imported folder
 * @param field the field path inside that file, or empty when it concerns the whole file
 */
public record ImportNote(String file, String field, String message) {
    public String format() {
        return file + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
