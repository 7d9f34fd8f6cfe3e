package dev.ferry.config;

import dev.ferry.yaml.YamlDocument;

/**
 * One golden-path transcript as read from {@code tests/<assistant-slug>/<name>.yaml}, before validation.
 *
 * @param file path relative to the repo, with forward slashes
 * @param assistant the slug of the assistant it talks to: the name of its folder
 * @param name the file name without its extension
 */
public record TranscriptFile(String file, String assistant, String name, YamlDocument yaml) {
    /** {@code booking-agent/book-a-plumber}: how reports and the ledger name a transcript. */
    public String id() {
        return assistant + "/" + name;
    }
}
