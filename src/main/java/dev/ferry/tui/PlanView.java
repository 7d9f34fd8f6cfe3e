package dev.ferry.tui;

import dev.ferry.apply.Checklist;
import dev.ferry.config.Environment;
import dev.ferry.plan.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plan for one environment (design section 10), as {@code ferry plan} makes it: every action with
 * the field paths it changes, and for a protected environment the promotion checklist, where the items
 * a person vouches for are ticked with Space and the ticket and approvers recorded, as {@code --confirm},
 * {@code --ticket} and {@code --approved-by} do on the command line. Apply starts from here. UI thread only.
 */
final class PlanView extends PageView {
    /** What a person vouched for in this view, handed to apply and recorded in its run. */
    record Approvals(String ticket, List<String> approvers, Set<String> confirmations) {
        Approvals {
            approvers = List.copyOf(approvers);
            confirmations = Set.copyOf(confirmations);
        }
    }

    private final String environment;
    private final Path root;
    private final Set<String> confirmations = new TreeSet<>();
    private final Map<Integer, Checklist.Item> itemsByLine = new HashMap<>();
    private Environment settings;
    private Plan plan;
    private List<String> notices = List.of();
    private List<Checklist.Item> checklist = List.of();
    private String ticket;
    private List<String> approvers = List.of();
    private String problem;

    PlanView(String environment, Path root) {
        this.environment = environment;
        this.root = root;
        build();
    }

    @Override
    public String scope() {
        return "plan";
    }

    @Override
    public String title() {
        return "plan for " + environment;
    }

    @Override
    public List<String> hints() {
        return List.of("plan.apply", "plan.tick", "plan.ticket", "app.back", "app.help");
    }

    String environment() {
        return environment;
    }

    /** The plan once made; null while planning or after a failure. */
    Plan plan() {
        return plan;
    }

    boolean isProtected() {
        return settings != null && settings.isProtected();
    }

    Approvals approvals() {
        return new Approvals(ticket, approvers, confirmations);
    }

    List<Checklist.Item> checklist() {
        return checklist;
    }

    void planned(Plan made, Environment environmentSettings, List<String> sessionNotices) {
        this.plan = made;
        this.settings = environmentSettings;
        this.notices = List.copyOf(sessionNotices);
        this.problem = null;
        evaluate();
    }

    /** Forgets the plan shown while a new one is made; ticks, ticket and approvers stay. */
    void replanning() {
        this.plan = null;
        this.problem = null;
        this.checklist = List.of();
        build();
    }

    void failed(String reason) {
        this.plan = null;
        this.problem = reason;
        build();
    }

    /** Ticks or unticks the checklist item under the cursor; false when the cursor is on no such item. */
    boolean tick() {
        Checklist.Item item = itemsByLine.get(page.list().cursor());
        if (item == null || item.confirmation() == null) {
            return false;
        }
        if (!confirmations.remove(item.confirmation())) {
            confirmations.add(item.confirmation());
        }
        evaluate();
        return true;
    }

    void record(String ticketGiven, List<String> approversGiven) {
        this.ticket = ticketGiven == null || ticketGiven.isBlank() ? null : ticketGiven.strip();
        this.approvers = List.copyOf(approversGiven);
        evaluate();
    }

    String ticket() {
        return ticket;
    }

    List<String> approvers() {
        return approvers;
    }

    private void evaluate() {
        checklist = plan != null && isProtected()
                ? Checklist.evaluate(root, settings, plan, ticket, approvers, confirmations) : List.of();
        build();
    }

    private void build() {
        int cursor = page.list().cursor();
        page.clear();
        itemsByLine.clear();
        if (problem != null) {
            page.add("Cannot plan " + environment, Role.HEADER);
            page.add("  " + problem, Role.WARNING);
            return;
        }
        if (plan == null) {
            page.add("Reading " + environment + " fresh and planning …", Role.STATUS_LOADING);
            return;
        }
        page.add("Plan for " + environment + " (org " + plan.org() + (plan.orgId() == null ? "" : " " + plan.orgId())
                + ") at " + (plan.gitSha() == null ? "(no Git)" : plan.gitSha().substring(0, 12)
                + (plan.gitDirty() ? " with uncommitted changes" : "")) + (isProtected() ? "  [protected]" : ""),
                isProtected() ? Role.PROTECTED : Role.HEADER);
        notices.forEach(notice -> page.add("note: " + notice, Role.DIM));
        // As ferry plan prints it: the changes, then a count of what stays as it is.
        PlanLines.of(plan, false).forEach(line -> page.add("  " + line.text(), line.role()));
        if (isProtected()) {
            page.add("", Role.TEXT);
            page.add("Promotion checklist (Space ticks what you vouch for; T records the ticket and approvers)",
                    Role.HEADER);
            for (Checklist.Item item : checklist) {
                itemsByLine.put(page.lines().size(), item);
                String box = item.confirmation() == null ? "   " : confirmations.contains(item.confirmation())
                        ? "[x]" : "[ ]";
                page.add("  " + box + " " + label(item.state()) + "  " + item.name() + ": " + item.detail(),
                        role(item.state()));
            }
        }
        page.add("", Role.TEXT);
        page.add(plan.hasChanges() ? "a applies these changes to " + environment + " (you type its name to confirm)"
                : "Nothing to change in " + environment + ".", Role.DIM);
        page.list().resize(page.lines().size());
        page.list().moveTo(cursor);
    }

    /** The first line of the checklist item named {@code name}, for tests and for moving there. */
    int lineOf(String name) {
        return itemsByLine.entrySet().stream().filter(e -> e.getValue().name().equals(name))
                .mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
    }

    void moveTo(int line) {
        page.list().resize(page.lines().size());
        page.list().moveTo(line);
    }

    private static String label(Checklist.State state) {
        return switch (state) {
            case PASSED -> "ok           ";
            case FAILED -> "failing      ";
            case NOT_AVAILABLE -> "not available";
        };
    }

    private static Role role(Checklist.State state) {
        return switch (state) {
            case PASSED -> Role.STATUS_IN_SYNC;
            case FAILED -> Role.STATUS_ERROR;
            case NOT_AVAILABLE -> Role.DIM;
        };
    }

    List<TextPage.Line> lines() {
        return new ArrayList<>(page.lines());
    }

    @Override
    public void draw(Canvas canvas, Rect area) {
        canvas.field(area.column(), area.row(), title(), isProtected() ? Role.PROTECTED : Role.TITLE, area.width());
        page.draw(canvas, area.belowTop(1));
    }
}
