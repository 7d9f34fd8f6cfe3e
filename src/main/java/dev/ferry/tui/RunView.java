package dev.ferry.tui;

import dev.ferry.apply.ApplyResult;
import dev.ferry.vapi.ExchangeListener;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An apply as it happens (design section 10): how many of the plan's changes are done and which request
 * is in flight, then every request as the run's audit log records it (method, path, status, duration;
 * never a body or a header) interleaved with apply's own messages, and at the end the summary and the
 * run id, or the refusal with the rule that made it. UI thread only.
 */
final class RunView extends PageView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    /** The words apply starts a line with once it has written one object. */
    private static final Set<String> DONE_VERBS = Set.of("created", "updated", "adopted", "deleted", "already");

    private final String environment;
    private final int changes;
    private final List<TextPage.Line> log = new ArrayList<>();
    private int done;
    private String current = "starting";
    private String outcome;
    private Role outcomeRole = Role.TEXT;
    private String runId;
    private boolean finished;

    RunView(String environment, int changes) {
        this.environment = environment;
        this.changes = changes;
        build();
    }

    @Override
    public String scope() {
        return "run";
    }

    @Override
    public String title() {
        return "apply to " + environment;
    }

    @Override
    public List<String> hints() {
        return List.of("app.back", "app.log", "app.help");
    }

    boolean isFinished() {
        return finished;
    }

    String runId() {
        return runId;
    }

    /** One request of the run, as its audit line says it. */
    void exchange(ExchangeListener.Exchange exchange) {
        String status = exchange.status() > 0 ? String.valueOf(exchange.status()) : "no answer";
        log.add(new TextPage.Line(TIME.format(exchange.at()) + "  " + exchange.method() + " " + exchange.path() + "  "
                + status + "  " + exchange.duration().toMillis() + " ms", Role.DIM));
        if (!"GET".equals(exchange.method())) {
            current = exchange.method() + " " + exchange.path();
        }
        build();
    }

    /** One line apply wrote for people: notes, checklist, each object done, the summary. */
    void message(String line) {
        String first = line.split(" ", 2)[0];
        if (DONE_VERBS.contains(first)) {
            done++;
            current = line;
        }
        log.add(new TextPage.Line(line, line.startsWith("error") ? Role.STATUS_ERROR : Role.TEXT));
        build();
    }

    void finished(ApplyResult result) {
        finished = true;
        runId = result.runId();
        outcome = result.outcome() + " (run " + result.runId() + ")";
        outcomeRole = result.exitCode() == 0 ? Role.STATUS_IN_SYNC : Role.WARNING;
        result.problems().forEach(problem -> log.add(new TextPage.Line("error: " + problem, Role.STATUS_ERROR)));
        build();
    }

    /** The apply did not run to its end: refused by a guard (the message names the rule) or failed. */
    void stopped(String reason, boolean refused) {
        finished = true;
        String[] lines = reason.split("\n");
        outcome = (refused ? "refused: " : "failed: ") + lines[0];
        outcomeRole = Role.STATUS_ERROR;
        for (int i = 1; i < lines.length; i++) {
            log.add(new TextPage.Line(lines[i], Role.STATUS_ERROR));
        }
        build();
    }

    private void build() {
        boolean following = page.lines().isEmpty() || page.list().cursor() >= page.lines().size() - 1;
        page.clear();
        page.add((finished ? "" : "Applying: ") + Math.min(done, changes) + " of " + changes + " change(s) done"
                + (finished ? "" : "; now " + current), finished ? Role.HEADER : Role.STATUS_LOADING);
        if (outcome != null) {
            page.add(outcome, outcomeRole);
        }
        page.add("", Role.TEXT);
        page.add("Requests (as in .ferry/runs/<run>/audit.jsonl) and messages", Role.HEADER);
        log.forEach(line -> page.add("  " + line.text(), line.role()));
        if (finished) {
            page.add("", Role.TEXT);
            page.add("q goes back; the matrix has been refreshed.", Role.DIM);
        }
        page.list().resize(page.lines().size());
        if (following) {
            page.list().moveTo(page.lines().size() - 1);
        }
    }

    List<TextPage.Line> lines() {
        return page.lines();
    }

    @Override
    public void draw(Canvas canvas, Rect area) {
        canvas.field(area.column(), area.row(), title(), Role.TITLE, area.width());
        page.draw(canvas, area.belowTop(1));
    }
}
