package dev.ferry.apply;

import java.util.List;

/**
 * How an apply ended: its exit code (0 done or nothing to do, 5 refused, 7 stopped part-way), its run
 * (null when it was refused before a run began), and the lines saying what was and was not done.
 */
public record ApplyResult(int exitCode, String runId, String outcome, List<String> done, List<String> notDone,
        List<String> problems) {
    public ApplyResult {
        done = List.copyOf(done);
        notDone = List.copyOf(notDone);
        problems = List.copyOf(problems);
    }
}
