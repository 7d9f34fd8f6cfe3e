package dev.ferry.transcript;

import dev.ferry.ExitCode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of {@code ferry test} in one environment: every transcript that ran, with its turns. Prints
 * itself as text or JSON; {@link JUnitReport} writes it as JUnit XML.
 *
 * @param complete true when every transcript of the repo ran (no SLUG filter)
 */
public record TestReport(String environment, boolean complete, List<TranscriptResult> results) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public TestReport {
        results = List.copyOf(results);
    }

    public long passedCount() {
        return results.stream().filter(TranscriptResult::passed).count();
    }

    public long failedCount() {
        return results.size() - passedCount();
    }

    /** 0 when every transcript passed, 6 when one failed. */
    public int exitCode() {
        return failedCount() == 0 ? ExitCode.OK : ExitCode.TESTS_FAILED;
    }

    /** The summary line, e.g. {@code dev: 2 transcript(s), 1 passed, 1 failed}. */
    public String summary() {
        return environment + ": " + results.size() + " transcript(s), " + passedCount() + " passed, " + failedCount()
                + " failed";
    }

    /** One line per transcript, then one per turn, indented. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (TranscriptResult result : results) {
            String id = result.transcript().id();
            if (result.notStartedBecause().isPresent()) {
                lines.add(id + ": failed: " + result.notStartedBecause().get());
                continue;
            }
            lines.add(id + ": " + (result.passed() ? "passed" : "failed") + " (" + result.transcript().file() + ")");
            for (TurnResult turn : result.turns()) {
                String head = "  turn " + turn.number() + ": " + turn.outcome().label();
                if (turn.problems().isEmpty()) {
                    lines.add(head);
                } else if (turn.problems().size() == 1) {
                    lines.add(head + ": " + turn.problems().get(0));
                } else {
                    lines.add(head + ":");
                    turn.problems().forEach(problem -> lines.add("    - " + problem));
                }
            }
        }
        lines.add(summary());
        return lines;
    }

    public ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("environment", environment);
        root.put("verdict", failedCount() == 0 ? "passed" : "failed");
        root.put("complete", complete);
        root.put("passed", passedCount());
        root.put("failed", failedCount());
        var transcripts = root.putArray("transcripts");
        for (TranscriptResult result : results) {
            ObjectNode node = transcripts.addObject();
            node.put("id", result.transcript().id());
            node.put("file", result.transcript().file());
            node.put("assistant", result.transcript().assistant());
            node.put("verdict", result.passed() ? "passed" : "failed");
            result.notStartedBecause().ifPresent(problem -> node.put("problem", problem));
            var turns = node.putArray("turns");
            for (TurnResult turn : result.turns()) {
                ObjectNode item = turns.addObject();
                item.put("turn", turn.number());
                item.put("user", turn.user());
                item.put("outcome", turn.outcome().label());
                item.put("reply", turn.reply());
                turn.problems().forEach(item.putArray("problems")::add);
            }
        }
        return root;
    }
}
