package dev.ferry.config;

import dev.ferry.yaml.YamlDocument;
import tools.jackson.databind.JsonNode;

/**
 * One resource file of the platform repo as read: its kind, its slug ({@code metadata.name}),
 * its path relative to the repo and the parsed tree with positions.
 */
public record ResourceDocument(Kind kind, String slug, String file, YamlDocument yaml) {
    public JsonNode spec() {
        return yaml.root().path("spec");
    }

    public JsonNode metadata() {
        return yaml.root().path("metadata");
    }
}
