package dev.ferry.export;

import dev.ferry.canonical.Canonicalizer;
import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What the per-kind mappers share while one export runs: who became what, the notes, the secret
 * and param rewriting, and the files besides the documents (prompts, knowledge documents).
 */
final class ExportContext {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Identities identities;
    private final SecretExtractor secrets;
    private final ParamMatcher params;
    private final List<ExportNote> notes;
    private final Map<String, byte[]> extraFiles = new TreeMap<>();

    ExportContext(Identities identities, SecretExtractor secrets, ParamMatcher params, List<ExportNote> notes) {
        this.identities = identities;
        this.secrets = secrets;
        this.params = params;
        this.notes = notes;
    }

    Identities identities() {
        return identities;
    }

    SecretExtractor secrets() {
        return secrets;
    }

    void note(String file, String message) {
        notes.add(new ExportNote(file, message));
    }

    /** Params put back into the strings of {@code body}; strings that look like placeholders already are noted. */
    void applyParams(JsonNode body, String file) {
        for (String pointer : params.apply(body)) {
            note(file, field(pointer) + " holds text that looks like ${params.NAME}; render will substitute it, "
                    + "so the live value cannot be kept exactly");
        }
    }

    /** The document an id leads to, when it was exported as the given kind. */
    Optional<Identity> exported(Target target, String id, Kind kind) {
        return identities.of(target, id).filter(identity -> identity.kind() == kind);
    }

    /** The marker an id that no exported object explains is written as, noted for the user (B19). */
    JsonNode unresolved(String id, Target target, String file, String pointer) {
        note(file, field(pointer) + " refers to " + target.spelling() + " " + id + ", which is not exported; "
                + "written as " + Canonicalizer.UNRESOLVED + id);
        return NODES.stringNode(id.startsWith(Canonicalizer.UNRESOLVED) ? id : Canonicalizer.UNRESOLVED + id);
    }

    /** A ref entry: {@code {ref: slug}}. */
    static JsonNode ref(String slug) {
        return NODES.objectNode().put("ref", slug);
    }

    void addFile(String path, byte[] content) {
        extraFiles.put(path, content);
    }

    Map<String, byte[]> extraFiles() {
        return extraFiles;
    }

    /** Render gives a nameless assistant, squad or structured output its slug as name; the user should know. */
    void noteMissingName(JsonNode spec, Identity self) {
        if (!spec.path("name").isString()) {
            note(self.file(), "the live " + self.target().spelling() + " has no name; Ferry will name it '"
                    + self.slug() + "' on the next apply");
        }
    }

    /** A JSON Pointer as the dotted field path of messages: {@code spec.model.toolIds[0]}. */
    static String field(String pointer) {
        StringBuilder path = new StringBuilder("spec");
        for (String token : pointer.substring(1).split("/", -1)) {
            if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
                path.append('[').append(token).append(']');
            } else {
                path.append('.').append(token.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }
}
