package dev.ferry.tui;

import dev.ferry.plan.ActionType;
import dev.ferry.plan.Plan;
import dev.ferry.plan.PlanAction;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan as styled lines for the plan and promotion views: the same content as {@code ferry plan}
 * (each action with its object and file, the field paths it changes, warnings, totals), coloured by
 * what each action does.
 */
final class PlanLines {
    private PlanLines() {}

    /** Every line; with {@code unchanged}, no-op actions are listed too. */
    static List<TextPage.Line> of(Plan plan, boolean unchanged) {
        List<TextPage.Line> lines = new ArrayList<>();
        for (PlanAction action : plan.actions()) {
            if (!action.type().writes() && !unchanged) {
                continue;
            }
            lines.add(new TextPage.Line(action.type().symbol() + " " + pad(action.type().label(), 8) + " "
                    + pad(action.ledgerKey(), 34) + " " + (action.file() == null ? "" : action.file()),
                    role(action.type())));
            if (action.reason() != null && action.type().writes()) {
                lines.add(new TextPage.Line("    (" + action.reason() + ")", Role.DIM));
            }
            for (String change : action.changes()) {
                lines.add(new TextPage.Line("    " + change, Role.TEXT));
            }
        }
        for (String warning : plan.warnings()) {
            lines.add(new TextPage.Line("warning: " + warning, Role.WARNING));
        }
        long unmanaged = plan.unmanaged().stream().filter(object -> !object.ignored()).count();
        if (unmanaged > 0) {
            lines.add(new TextPage.Line(unmanaged + " live object(s) no file describes (unmanaged)", Role.DIM));
        }
        lines.add(new TextPage.Line("Plan: " + plan.summary() + ".", Role.HEADER));
        return lines;
    }

    private static Role role(ActionType type) {
        return switch (type) {
            case CREATE -> Role.DIFF_INSERT;
            case UPDATE, REPLACE -> Role.STATUS_PENDING;
            case DELETE -> Role.DIFF_DELETE;
            case NO_OP -> Role.DIM;
        };
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
