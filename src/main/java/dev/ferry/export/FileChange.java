package dev.ferry.export;

import java.util.List;
import java.util.Locale;

/**
 * What writing an export plan does, or would do, to one file of the repo.
 *
 * @param messages what the user should know about it, such as a comment removed with its key
 */
public record FileChange(String path, Action action, List<String> messages) {
    /** The fate of one file. */
    public enum Action {
        /** The file does not exist yet. */
        CREATE,
        /** The file exists with other content and {@code --force} was given; its comments are kept. */
        OVERWRITE,
        /** The file already says the same; nothing is written. */
        UNCHANGED,
        /** The file exists with other content and {@code --force} was not given: nothing is written at all. */
        CONFLICT
    }

    public FileChange {
        messages = List.copyOf(messages);
    }

    /** One line for the user: {@code create assistants/front-desk.yaml}. */
    public String format() {
        String line = action.name().toLowerCase(Locale.ROOT) + " " + path;
        return messages.isEmpty() ? line : line + " (" + String.join("; ", messages) + ")";
    }
}
