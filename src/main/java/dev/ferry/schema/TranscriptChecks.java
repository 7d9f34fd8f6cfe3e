package dev.ferry.schema;

import dev.ferry.config.Finding;
import dev.ferry.config.Kind;
import dev.ferry.config.PlatformRepo;
import dev.ferry.config.TranscriptFile;
import dev.ferry.yaml.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Validates golden-path transcripts: each against the transcript schema, then that its folder names an
 * assistant of the repo and that every {@code replyMatches} is a regular expression Java can compile.
 */
final class TranscriptChecks {
    private TranscriptChecks() {}

    static List<Finding> check(SchemaValidator schemas, PlatformRepo repo, List<TranscriptFile> transcripts) {
        List<Finding> findings = new ArrayList<>();
        for (TranscriptFile transcript : transcripts) {
            List<Finding> schema = schemas.validate(SchemaName.TRANSCRIPT, transcript.yaml().root(),
                    transcript.yaml().sourceMap(), transcript.file());
            findings.addAll(schema);
            if (repo.find(Kind.ASSISTANT, transcript.assistant()).isEmpty()) {
                findings.add(Finding.error(transcript.file(), Position.START, "", "no assistant '"
                        + transcript.assistant() + "' in assistants/; the folder under tests/ names the assistant "
                        + "the transcript talks to", "transcript-assistant"));
            }
            if (schema.isEmpty()) {
                findings.addAll(regexes(transcript));
            }
        }
        return findings;
    }

    private static List<Finding> regexes(TranscriptFile transcript) {
        List<Finding> findings = new ArrayList<>();
        JsonNode turns = transcript.yaml().root().path("turns");
        for (int i = 0; i < turns.size(); i++) {
            JsonNode regex = turns.get(i).path("expect").path("replyMatches");
            if (!regex.isString()) {
                continue;
            }
            try {
                Pattern.compile(regex.asString());
            } catch (PatternSyntaxException e) {
                String pointer = "/turns/" + i + "/expect/replyMatches";
                findings.add(Finding.error(transcript.file(), transcript.yaml().sourceMap().valueAt(pointer),
                        FieldPaths.of(pointer), "not a valid regular expression: " + e.getDescription(),
                        "transcript-regex"));
            }
        }
        return findings;
    }
}
