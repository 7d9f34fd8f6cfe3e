package dev.ferry.tui;

import dev.ferry.plan.Plan;
import java.util.Arrays;

/**
 * The plan and run views' actions (design section 10): {@code P} plans the environment of the matrix
 * column, Space ticks a checklist item, {@code T} records ticket and approvers, {@code r} plans again,
 * and {@code a} applies once the person has typed the environment's name.
 */
final class PlanActions {
    private PlanActions() {}

    static void register(Workbench app) {
        ActionRegistry registry = app.registry;
        registry.register("matrix.plan", "Plan the environment of this column, with its checklist; apply from there",
                (a, view) -> plan(a, (MatrixView) view));
        registry.register("plan.tick", "Tick or untick the checklist item you vouch for", (a, view) -> {
            if (!((PlanView) view).tick()) {
                a.status().message("Space ticks a checklist item marked [ ]");
            }
        });
        registry.register("plan.ticket", "Record the change ticket and who approved", (a, view) -> ticket(a,
                (PlanView) view));
        registry.register("plan.refresh", "Plan again, reading the org fresh", (a, view) -> {
            ((PlanView) view).replanning();
            a.workflows().plan((PlanView) view);
        });
        registry.register("plan.apply", "Apply this plan (type the environment's name to confirm)", (a, view) ->
                apply(a, (PlanView) view));
    }

    private static void plan(Workbench app, MatrixView matrix) {
        MatrixColumn column = matrix.selectedColumn();
        if (column.isGit()) {
            app.status().message("P plans an environment; move to its column");
            return;
        }
        if (app.workflows() == null) {
            app.status().message("live data is off, so there is nothing to plan");
            return;
        }
        PlanView view = new PlanView(column.name(), app.options.root());
        app.push(view);
        app.workflows().plan(view);
    }

    private static void ticket(Workbench app, PlanView view) {
        app.status().prompt("ticket: ", view.ticket() == null ? "" : view.ticket(), text -> { }, ticket ->
                app.status().prompt("approved by (comma-separated): ", String.join(", ", view.approvers()),
                        text -> { }, names -> view.record(ticket, Arrays.stream(names.split(","))
                                .map(String::strip).filter(name -> !name.isEmpty()).toList()),
                        () -> { }), () -> { });
    }

    private static void apply(Workbench app, PlanView view) {
        Plan plan = view.plan();
        if (plan == null) {
            app.status().message("no plan yet");
            return;
        }
        if (!plan.hasChanges()) {
            app.status().message("nothing to change in " + view.environment());
            return;
        }
        String environment = view.environment();
        app.status().prompt("type " + environment + " to apply " + plan.changes().size() + " change(s) to "
                + environment + ": ", "", text -> { }, text -> {
                    if (!text.strip().equals(environment)) {
                        app.status().message("not applied: the name typed was not " + environment);
                        return;
                    }
                    RunView run = new RunView(environment, plan.changes().size());
                    app.push(run);
                    app.workflows().apply(run, plan, view.approvals(), app::refresh);
                }, () -> app.status().message("not applied"));
    }
}
