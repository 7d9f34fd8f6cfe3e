package dev.ferry.tui;

import dev.ferry.canonical.CanonicalResource;
import dev.ferry.git.GitRepository;
import dev.ferry.workspace.ResourceKey;
import dev.ferry.workspace.ResourceRefs;
import dev.ferry.workspace.ResourceState;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One cell up close: its status, labels, references both ways, the Git history of its file and
 * its canonical YAML. The history arrives later from a loading thread, through the UI queue.
 * UI thread only.
 */
final class DetailView extends PageView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    /** What the view shows, gathered from the matrix when it opens. */
    record Facts(ResourceKey key, String column, Optional<ResourceState> state, Optional<CanonicalResource> tree,
            String treeLabel, Map<String, String> labels, String file, List<ResourceRefs.Ref> outgoing,
            List<ResourceRefs.Ref> incoming, Function<ResourceKey, String> statusOf) {}

    private final Facts facts;
    private List<GitRepository.Commit> history;
    private String historyProblem;

    DetailView(Facts facts) {
        this.facts = facts;
        build();
    }

    @Override
    public String scope() {
        return "detail";
    }

    @Override
    public String title() {
        return facts.key() + " in " + facts.column();
    }

    @Override
    public List<String> hints() {
        return List.of("detail.edit", "detail.diff", "app.back", "app.help");
    }

    Facts facts() {
        return facts;
    }

    void history(List<GitRepository.Commit> commits) {
        this.history = commits;
        build();
    }

    void historyFailed(String reason) {
        this.historyProblem = reason;
        build();
    }

    private void build() {
        page.clear();
        page.add(facts.state().map(s -> s.status().glyph() + " " + s.status().label()).orElse("  not in "
                + facts.column()), facts.state().map(s -> StatusStyles.role(s.status())).orElse(Role.DIM));
        page.add("file     " + (facts.file() == null ? "(none: only the org has it)" : facts.file()), Role.TEXT);
        page.add("labels   " + (facts.labels().isEmpty() ? "(none)" : String.join(", ", facts.labels().entrySet()
                .stream().map(e -> e.getKey() + "=" + e.getValue()).toList())), Role.TEXT);
        page.add("", Role.TEXT);
        page.add("Refers to", Role.HEADER);
        refs(facts.outgoing(), true);
        page.add("Referred to by", Role.HEADER);
        refs(facts.incoming(), false);
        page.add("", Role.TEXT);
        page.add("History" + (facts.file() == null ? "" : " of " + facts.file()), Role.HEADER);
        if (facts.file() == null) {
            page.add("  (no file)", Role.DIM);
        } else if (historyProblem != null) {
            page.add("  " + historyProblem, Role.WARNING);
        } else if (history == null) {
            page.add("  reading Git history …", Role.DIM);
        } else if (history.isEmpty()) {
            page.add("  (not committed yet)", Role.DIM);
        } else {
            for (GitRepository.Commit commit : history) {
                page.add("  " + commit.shortSha() + "  " + DAY.format(commit.time()) + "  " + commit.author() + "  "
                        + commit.subject(), Role.TEXT);
            }
        }
        page.add("", Role.TEXT);
        page.add("Canonical YAML (" + facts.treeLabel() + ")", Role.HEADER);
        List<String> yaml = CanonicalYaml.lines(facts.tree());
        if (yaml.isEmpty()) {
            page.add("  (nothing in " + facts.column() + ")", Role.DIM);
        }
        for (String line : yaml) {
            page.add("  " + line, Role.TEXT);
        }
    }

    private void refs(List<ResourceRefs.Ref> refs, boolean outgoing) {
        if (refs.isEmpty()) {
            page.add("  (none)", Role.DIM);
        }
        for (ResourceRefs.Ref ref : refs) {
            ResourceKey other = outgoing ? ref.to() : ref.from();
            String status = ResourceRefs.isResolved(other) ? facts.statusOf().apply(other) : "unresolved";
            page.add("  " + status + "  " + other + "  via " + ref.field(), ResourceRefs.isResolved(other) ? Role.TEXT
                    : Role.WARNING);
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
