package dev.ferry.gitops;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import makes of a gitops repository, before anything is written: the files of the new
 * platform repo (path to bytes), the environments in promotion order with the objects each was
 * read as, and the notes on what could not be carried over.
 */
public final class ImportResult {
    private final Map<String, byte[]> files;
    private final List<EnvironmentObjects> environments;
    private final List<ImportNote> notes;

    ImportResult(Map<String, byte[]> files, List<EnvironmentObjects> environments, List<ImportNote> notes) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.environments = List.copyOf(environments);
        this.notes = List.copyOf(notes);
    }

    /** The repo's files by path relative to its root, sorted; the arrays are not to be changed. */
    public Map<String, byte[]> files() {
        return files;
    }

    public List<EnvironmentObjects> environments() {
        return environments;
    }

    /** What could not be carried over, one item each, in file order. */
    public List<ImportNote> notes() {
        return notes;
    }
}
