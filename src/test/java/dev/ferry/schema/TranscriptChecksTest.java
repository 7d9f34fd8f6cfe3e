package dev.ferry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.Validation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden-path transcripts under {@code tests/}: schema, location, assistant and regex checks in validate. */
class TranscriptChecksTest {
    @TempDir
    Path temp;

    @Test
    void theSampleTranscriptsAreValid() {
        Path repo = SampleRepo.copyInto(temp);

        assertThat(Validation.lines(repo)).isEmpty();
    }

    @Test
    void everyTranscriptProblemIsAFindingWithFileLineAndColumn() {
        Path repo = Fixtures.overlay(getClass(), "transcript-problems", SampleRepo.copyInto(temp));

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly(
                "tests/front-desk/bad-regex.yaml:4:21: error: turns[0].expect.replyMatches: not a valid regular "
                        + "expression: Unclosed group [transcript-regex]",
                "tests/front-desk/no-turns.yaml:2:8: error: turns: must have at least 1 item(s) [schema]",
                "tests/front-desk/tool-without-name.yaml:5:11: error: turns[0].expect.toolCalls[0]: missing required "
                        + "field 'name' [schema]",
                "tests/front-desk/tool-without-name.yaml:6:14: error: turns[0].expect.ended: must be a boolean "
                        + "(found string 'yes') [schema]",
                "tests/loose.yaml:1:1: error: transcripts live in tests/<assistant-slug>/<name>.yaml; move this file "
                        + "into the folder of the assistant it talks to [transcript-location]",
                "tests/night-owl/greeting.yaml:1:1: error: no assistant 'night-owl' in assistants/; the folder under "
                        + "tests/ names the assistant the transcript talks to [transcript-assistant]");
    }
}
