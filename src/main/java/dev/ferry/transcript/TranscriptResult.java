package dev.ferry.transcript;

import java.util.List;
import java.util.Optional;

/**
 * How one transcript went: each turn, or the reason it could not start (its assistant is not in the
 * environment). It passes only when every turn passed.
 */
public record TranscriptResult(Transcript transcript, String problem, List<TurnResult> turns) {
    public TranscriptResult {
        turns = List.copyOf(turns);
    }

    static TranscriptResult notStarted(Transcript transcript, String problem) {
        return new TranscriptResult(transcript, problem, List.of());
    }

    public Optional<String> notStartedBecause() {
        return Optional.ofNullable(problem);
    }

    public boolean passed() {
        return problem == null && turns.stream().allMatch(turn -> turn.outcome() == TurnResult.Outcome.PASSED);
    }
}
