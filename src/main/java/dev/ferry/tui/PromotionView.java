package dev.ferry.tui;

import dev.ferry.diff.DiffRow;
import dev.ferry.diff.TextDiff;
import dev.ferry.plan.Plan;
import dev.ferry.promote.Promotion;
import dev.ferry.promote.StagedPromotion;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A promotion under review (design section 8): the files the new branch would change, each one's diff
 * against HEAD, and the target environment's plan against the result; then, once committed, the branch,
 * the commit and what to do next. The work happens in {@link Workflows}; this view only shows it. UI
 * thread only.
 */
final class PromotionView extends PageView {
    private final String from;
    private final String to;
    private final List<String> names;
    private StagedPromotion staged;
    private Promotion.Result result;
    private boolean committing;

    PromotionView(String from, String to, List<String> names) {
        this.from = from;
        this.to = to;
        this.names = List.copyOf(names);
        page.add("Exporting " + String.join(", ", names) + " from " + from + " over HEAD, then planning " + to
                + " against it …", Role.STATUS_LOADING);
    }

    @Override
    public String scope() {
        return "promotion";
    }

    @Override
    public String title() {
        return "promote " + String.join(", ", names) + " from " + from + " to " + to;
    }

    @Override
    public List<String> hints() {
        return staged() == null ? List.of("app.back", "app.help") : List.of("promotion.commit", "app.back", "app.help");
    }

    /** The promotion ready to commit, or null while it is being prepared, after a failure, or once committed. */
    StagedPromotion staged() {
        return result == null && !committing ? staged : null;
    }

    Promotion.Result result() {
        return result;
    }

    void prepared(StagedPromotion prepared, Plan plan, String planProblem) {
        this.staged = prepared;
        page.clear();
        page.add("Files on the new branch " + prepared.branch() + " (" + prepared.files().size() + ")", Role.HEADER);
        for (String path : prepared.files().keySet()) {
            page.add("  " + (prepared.atHead(path).isPresent() ? "update " : "create ") + path, Role.TEXT);
        }
        prepared.notes().forEach(note -> page.add("  note: " + note, Role.WARNING));
        page.add("", Role.TEXT);
        page.add("Diff against HEAD", Role.HEADER);
        prepared.files().forEach((path, bytes) -> diff(path, prepared.atHead(path).map(PromotionView::text)
                .orElse(""), text(bytes)));
        page.add("", Role.TEXT);
        page.add("Plan for " + to + " with this branch (ferry plan --env " + to + " --rev " + prepared.branch()
                + " once committed)", Role.HEADER);
        if (plan == null) {
            page.add("  cannot plan " + to + ": " + planProblem, Role.WARNING);
        } else {
            PlanLines.of(plan, false).forEach(line -> page.add("  " + line.text(), line.role()));
        }
        page.add("", Role.TEXT);
        page.add("c asks for the branch and the message, then commits; q leaves without committing. Nothing is "
                + "pushed.", Role.DIM);
    }

    void committing() {
        committing = true;
        page.add("Committing …", Role.STATUS_LOADING);
    }

    void committed(Promotion.Result committed) {
        this.result = committed;
        this.committing = false;
        page.clear();
        page.add("Committed " + committed.commit().substring(0, Math.min(12, committed.commit().length())) + " on "
                + committed.branch(), Role.STATUS_IN_SYNC);
        committed.files().forEach(file -> page.add("  " + file, Role.TEXT));
        page.add("", Role.TEXT);
        page.add("Your working tree and index are unchanged, and nothing was pushed.", Role.TEXT);
        page.add("Next: push " + committed.branch() + " and open a review; CI applies it to " + to + ".", Role.TEXT);
        page.add("To see its plan here first: ferry plan --env " + to + " --rev " + committed.branch(), Role.DIM);
    }

    /** The commit did not happen (a branch of that name exists, say); the review stays for another try. */
    void commitFailed(String reason) {
        committing = false;
        page.add("Not committed: " + reason, Role.WARNING);
        page.list().resize(page.lines().size());
        page.list().moveTo(page.lines().size() - 1);
    }

    void failed(String reason) {
        committing = false;
        page.clear();
        page.add("Cannot promote " + String.join(", ", names) + " from " + from + " to " + to, Role.HEADER);
        page.add("  " + reason, Role.WARNING);
    }

    private void diff(String path, String before, String after) {
        page.add("── " + path, Role.TITLE);
        for (DiffRow row : TextDiff.ofText(before, after).rows()) {
            switch (row.kind()) {
                case EQUAL -> page.add("  " + row.left(), Role.TEXT);
                case FOLD -> page.add("  ⋯ " + row.count() + " unchanged line" + (row.count() == 1 ? "" : "s"),
                        Role.DIFF_FOLD);
                case NO_NEWLINE -> page.add("  " + DiffRow.NO_NEWLINE_TEXT, Role.DIM);
                case DELETE -> page.add("- " + row.left(), Role.DIFF_DELETE);
                case INSERT -> page.add("+ " + row.right(), Role.DIFF_INSERT);
                case CHANGE -> {
                    page.add("- " + row.left(), Role.DIFF_DELETE);
                    page.add("+ " + row.right(), Role.DIFF_INSERT);
                }
            }
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
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
