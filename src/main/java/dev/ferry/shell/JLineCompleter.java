package dev.ferry.shell;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Hands JLine the candidates of {@link LineCompletion} for the word under the cursor, ungrouped
 * and plain, and keeps the last list so that the shell can print it as a line of its own.
 */
final class JLineCompleter implements Completer {
    private final LineCompletion completion;
    private List<String> last = List.of();

    JLineCompleter(LineCompletion completion) {
        this.completion = completion;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, line.wordIndex());
        String current = line.word().substring(0, line.wordCursor());
        last = completion.candidates(before, current);
        for (String value : last) {
            // An option that still wants its value (--env=) should not be closed with a space.
            boolean complete = !value.endsWith("=");
            candidates.add(new Candidate(value, value, null, null, null, null, complete));
        }
    }

    /** The candidates of the last completion, in the order offered. */
    List<String> lastCandidates() {
        return last;
    }
}
