package dev.ferry.transcript;

import dev.ferry.config.TranscriptFile;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A golden-path transcript, parsed: the user turns to send to one assistant and what each reply must
 * show. Parsed only from files that passed the transcript schema (see docs/testing.md for the format).
 *
 * @param file path relative to the repo
 * @param assistant the slug of the assistant it talks to
 */
public record Transcript(String file, String assistant, String name, String description, List<Turn> turns) {
    public Transcript {
        turns = List.copyOf(turns);
    }

    /** One user turn and its expectations. */
    public record Turn(int number, String user, Expectation expect) {}

    /** {@code booking-agent/book-heating}. */
    public String id() {
        return assistant + "/" + name;
    }

    static Transcript parse(TranscriptFile file) {
        JsonNode root = file.yaml().root();
        List<Turn> turns = new ArrayList<>();
        JsonNode list = root.path("turns");
        for (int i = 0; i < list.size(); i++) {
            JsonNode turn = list.get(i);
            turns.add(new Turn(i + 1, turn.path("user").asString(), Expectation.parse(turn.path("expect"))));
        }
        return new Transcript(file.file(), file.assistant(), file.name(), root.path("description").asString(""),
                turns);
    }
}
