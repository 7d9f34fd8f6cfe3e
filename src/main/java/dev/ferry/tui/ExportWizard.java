package dev.ferry.tui;

import dev.ferry.export.ConflictChoice;
import dev.ferry.export.ExportPlan;
import dev.ferry.export.FileChange;
import dev.ferry.workspace.ExportSource;
import dev.ferry.workspace.ProjectState;
import dev.ferry.workspace.ResourceKey;
import dev.ferry.workspace.ResourceState;
import dev.ferry.workspace.Status;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code x}: the export wizard, the workbench's face of {@code ferry export}. Seven steps over one
 * environment: pick live resources (unmanaged ones first and picked), see what they bring along,
 * accept or change slugs, see params and secret references, preview every file, resolve files that
 * exist, write. Reading the org and planning run on the worker thread; the view waits for them
 * without blocking keys. Nothing is written before the last step, so leaving early leaves the repo
 * as it was. Known limitation: a knowledge base's slug comes from the name of its query tool, so
 * the slug step shows it but cannot change it; rename the tool in the org, or the file after export.
 * UI thread only.
 */
final class ExportWizard extends PageView {
    private final Workbench app;
    private final String environment;
    private ExportWizardStep step = ExportWizardStep.PICK;
    private ExportSource source;
    private String notice;
    private String filter = "";
    private final Set<String> picked = new LinkedHashSet<>();
    private final Map<String, String> slugs = new HashMap<>();
    private final Map<String, ConflictChoice> choices = new HashMap<>();
    private ExportWizardPlan planned;
    private int generation;
    private boolean writing;

    ExportWizard(Workbench app, String environment) {
        this.app = app;
        this.environment = environment;
        this.notice = "reading " + environment + " …";
    }

    /** Starts reading the environment on the worker thread. */
    void start() {
        int asked = ++generation;
        app.tasks().run((root, connections) -> ExportSource.read(ProjectState.load(root), connections, environment),
                read -> {
                    if (asked == generation) {
                        source = read;
                        read.candidates().stream().filter(c -> c.isPickable() && c.status() == Status.UNMANAGED)
                                .forEach(c -> picked.add(c.id()));
                        notice = null;
                        rebuild();
                    }
                }, reason -> {
                    notice = "cannot read " + environment + ": " + reason;
                    app.log.problem("export from " + environment + ": " + reason);
                });
    }

    @Override
    public String scope() {
        return "export";
    }

    @Override
    public String title() {
        return "export from " + environment;
    }

    @Override
    public List<String> hints() {
        return switch (step) {
            case PICK -> List.of("export.toggle", "export.filter", "export.next", "export.back");
            case SLUGS -> List.of("export.slug", "export.next", "export.back");
            case CONFLICTS -> List.of("export.overwrite", "export.keep", "export.beside", "export.next",
                    "export.back");
            case WRITE -> List.of("export.next", "export.back");
            default -> List.of("export.next", "export.back", "list.page-down");
        };
    }

    ExportWizardStep step() {
        return step;
    }

    Optional<ExportWizardPlan> planned() {
        return Optional.ofNullable(planned);
    }

    Set<String> picked() {
        return picked;
    }

    List<TextPage.Line> lines() {
        return page.lines();
    }

    /**
     * A candidate's status as the matrix shows it: the matrix knows the ledger, so it tells drifted and
     * conflict apart from pending, which matters most before exporting over a document.
     */
    Status statusOf(ExportSource.Candidate candidate) {
        return app.model.column(environment)
                .flatMap(column -> column.resource(new ResourceKey(candidate.target(), candidate.key())))
                .map(ResourceState::status)
                .filter(status -> status == Status.DRIFTED || status == Status.CONFLICT)
                .orElse(candidate.status());
    }

    /** The pickable candidates the filter lets through, in the order shown. */
    List<ExportSource.Candidate> shown() {
        if (source == null) {
            return List.of();
        }
        String needle = filter.toLowerCase(Locale.ROOT);
        return source.candidates().stream().filter(ExportSource.Candidate::isPickable)
                .filter(c -> needle.isEmpty() || (c.key() + " " + c.name() + " " + c.documentKind().spelling() + " "
                        + c.status().label()).toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    void next() {
        if (source == null || writing) {
            app.status().message(notice != null ? notice : "still writing …");
            return;
        }
        if (step == ExportWizardStep.PICK) {
            if (picked.isEmpty()) {
                app.status().message("pick at least one resource (Space)");
                return;
            }
            if (planned == null) {
                replan();
            }
        } else if (planned == null) {
            app.status().message("still planning …");
            return;
        } else if (step == ExportWizardStep.WRITE) {
            write();
            return;
        }
        go(step.next());
    }

    void back() {
        if (step == ExportWizardStep.PICK) {
            app.close(this);
            app.status().message("export left; nothing was written");
            return;
        }
        go(step.previous());
    }

    void toggle() {
        if (step == ExportWizardStep.CONFLICTS) {
            selectedConflict().ifPresent(path -> {
                ConflictChoice[] all = ConflictChoice.values();
                choose(all[(choices.get(path).ordinal() + 1) % all.length]);
            });
            return;
        }
        if (step != ExportWizardStep.PICK) {
            return;
        }
        List<ExportSource.Candidate> shown = shown();
        int cursor = page.list().cursor();
        if (cursor < shown.size()) {
            String id = shown.get(cursor).id();
            if (!picked.remove(id)) {
                picked.add(id);
            }
            planned = null;
            rebuild();
        }
    }

    /** Picks every shown resource, or none when all are picked already. */
    void toggleAll() {
        if (step != ExportWizardStep.PICK) {
            return;
        }
        List<String> ids = shown().stream().map(ExportSource.Candidate::id).toList();
        if (picked.containsAll(ids)) {
            ids.forEach(picked::remove);
        } else {
            picked.addAll(ids);
        }
        planned = null;
        rebuild();
    }

    void filter() {
        if (step != ExportWizardStep.PICK) {
            return;
        }
        String before = filter;
        app.status().prompt("/", filter, text -> {
            filter = text;
            page.list().moveTo(0);
            rebuild();
        }, text -> { }, () -> {
            filter = before;
            rebuild();
        });
    }

    /** Asks for a new slug for the document under the cursor. */
    void changeSlug() {
        if (step != ExportWizardStep.SLUGS || planned == null) {
            return;
        }
        List<ExportSlugs.Entry> entries = slugEntries();
        int cursor = page.list().cursor();
        if (cursor >= entries.size()) {
            app.status().message("move to a document whose slug you want to change");
            return;
        }
        ExportSlugs.Entry entry = entries.get(cursor);
        app.status().prompt("slug for " + entry.file() + ": ", entry.slug(), text -> { }, text -> {
            String slug = text.strip();
            Optional<String> problem = ExportSlugs.problem(entry, slug, entries, source.knownSlugs(),
                    app.options.root());
            if (problem.isPresent()) {
                app.status().message(problem.get());
                return;
            }
            if (!slug.equals(entry.slug())) {
                slugs.put(entry.id(), slug);
                replan();
                app.status().message(entry.slug() + " is now " + slug + "; its file and the refs to it follow");
            }
        }, () -> { });
    }

    void choose(ConflictChoice choice) {
        if (step != ExportWizardStep.CONFLICTS) {
            return;
        }
        selectedConflict().ifPresent(path -> {
            choices.put(path, choice);
            rebuild();
        });
    }

    private Optional<String> selectedConflict() {
        List<String> conflicts = planned == null ? List.of() : planned.conflicts();
        int cursor = page.list().cursor();
        return cursor < conflicts.size() ? Optional.of(conflicts.get(cursor)) : Optional.empty();
    }

    /** The documents of the plan whose slug can change. */
    List<ExportSlugs.Entry> slugEntries() {
        return ExportSlugs.of(planned.plan().objects());
    }

    private void replan() {
        planned = null;
        int asked = ++generation;
        List<String> ids = List.copyOf(picked);
        Map<String, String> chosen = Map.copyOf(slugs);
        ExportSource from = source;
        app.tasks().run((root, connections) -> ExportWizardPlan.of(root, from, ids, chosen), result -> {
            if (asked == generation) {
                planned = result;
                result.conflicts().forEach(path -> choices.putIfAbsent(path, ConflictChoice.KEEP));
                rebuild();
            }
        }, reason -> {
            if (asked == generation) {
                app.status().message("cannot plan the export: " + reason);
                app.log.problem("export from " + environment + ": " + reason);
            }
        });
        rebuild();
    }

    private void write() {
        writing = true;
        ExportPlan plan = planned.plan();
        Map<String, ConflictChoice> decided = Map.copyOf(choices);
        app.tasks().run((root, connections) -> plan.write(root, decided), changes -> {
            writing = false;
            long written = 0;
            for (FileChange change : changes) {
                if (change.action() == FileChange.Action.CREATE || change.action() == FileChange.Action.OVERWRITE) {
                    written++;
                    app.log.info("export from " + environment + ": " + change.format());
                }
            }
            app.close(this);
            app.refresh();
            app.status().message("exported " + plan.objects().size() + " object(s) from " + environment + ": "
                    + written + " file(s) written; L shows them");
        }, reason -> {
            writing = false;
            app.log.problem("export from " + environment + ": " + reason);
            app.status().message("export failed, nothing written: " + reason);
        });
    }

    private void go(ExportWizardStep target) {
        step = target;
        page.list().moveTo(0);
        rebuild();
    }

    private void rebuild() {
        page.clear();
        if (source == null) {
            return;
        }
        if (step == ExportWizardStep.PICK) {
            ExportWizardPages.pick(page, shown(), picked, source.candidates().size(), this::statusOf);
            return;
        }
        if (planned == null) {
            page.add("planning the export …", Role.DIM);
            return;
        }
        switch (step) {
            case CLOSURE -> ExportWizardPages.closure(page, source.candidates().stream()
                    .filter(c -> picked.contains(c.id())).toList(), planned);
            case SLUGS -> ExportWizardPages.slugs(page, slugEntries(), slugs, planned);
            case VALUES -> ExportWizardPages.values(page, planned);
            case PREVIEW -> ExportWizardPages.preview(page, planned);
            case CONFLICTS -> ExportWizardPages.conflicts(page, planned.conflicts(), choices);
            case WRITE -> ExportWizardPages.write(page, planned, choices,
                    path -> ExportPlan.besideName(app.options.root(), path));
            case PICK -> { }
        }
    }

    @Override
    public void draw(Canvas canvas, Rect area) {
        canvas.clear(area, Role.TEXT);
        canvas.field(area.column(), area.row(), "Export from " + environment + " · step " + step.number() + " of "
                + ExportWizardStep.values().length + ": " + step.purpose(), Role.TITLE, area.width());
        int x = area.column();
        for (ExportWizardStep each : ExportWizardStep.values()) {
            String label = (each == step ? "▸" : " ") + each.number() + " " + each.label() + " ";
            x += canvas.text(x, area.row() + 1, label, each == step ? Role.SELECTED
                    : each.ordinal() < step.ordinal() ? Role.TEXT : Role.DIM, area.right() - x);
        }
        canvas.fill(x, area.row() + 1, area.right() - x, canvas.style(Role.TEXT));
        if (step == ExportWizardStep.PICK && source != null) {
            canvas.field(area.column(), area.row() + 2, picked.size() + " picked of " + shown().size() + " shown"
                    + (filter.isEmpty() ? "" : "  /" + filter) + "   ? unmanaged  = in sync  ~ pending  ! drifted  # conflict",
                    Role.DIM, area.width());
        }
        Rect body = area.belowTop(3);
        if (notice != null) {
            canvas.text(body.column(), body.row(), notice, Role.DIM, body.width());
            return;
        }
        page.draw(canvas, body);
    }
}
