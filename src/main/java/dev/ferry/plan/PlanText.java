package dev.ferry.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan as people read it in a terminal or a CI log: a header naming the environment, org and
 * revision; one line per action with its symbol, status glyph, object and file; the field-level
 * changes beneath; warnings; and the totals.
 */
public final class PlanText {
    private PlanText() {}

    /** Every line; with {@code verbose}, unchanged objects are listed too. */
    public static List<String> lines(Plan plan, boolean verbose) {
        List<String> lines = new ArrayList<>();
        lines.add("Plan for " + plan.environment() + " (org " + plan.org()
                + (plan.orgId() == null ? "" : " " + plan.orgId()) + ") at "
                + (plan.gitSha() == null ? "(no Git)" : plan.gitSha().substring(0, Math.min(12, plan.gitSha().length()))
                + (plan.gitDirty() ? " with uncommitted changes" : ""))
                + (plan.revision() == null ? "" : " (revision " + plan.revision() + ")") + ":");
        for (PlanAction action : plan.actions()) {
            if (!action.type().writes() && !verbose) {
                continue;
            }
            lines.add(String.format("  %s %-8s %s %-40s %s", action.type().symbol(), action.type().label(),
                    action.status().glyph(), action.ledgerKey(), action.file() == null ? "" : action.file()));
            if (action.reason() != null && action.type().writes()) {
                lines.add("      (" + action.reason() + ")");
            }
            for (String change : action.changes()) {
                lines.add("      " + change);
            }
        }
        for (String warning : plan.warnings()) {
            lines.add("  warning: " + warning);
        }
        long unmanaged = plan.unmanaged().stream().filter(object -> !object.ignored()).count();
        if (unmanaged > 0) {
            lines.add("  " + unmanaged + " live object(s) no file describes (unmanaged); ferry drift lists them");
        }
        lines.add("Plan: " + plan.summary() + ".");
        return lines;
    }
}
