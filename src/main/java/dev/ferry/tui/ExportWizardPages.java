package dev.ferry.tui;

import dev.ferry.diff.DisplayWidth;
import dev.ferry.export.ConflictChoice;
import dev.ferry.export.ExportFile;
import dev.ferry.export.ExportNote;
import dev.ferry.export.ExportedObject;
import dev.ferry.export.FileChange;
import dev.ferry.export.SecretReference;
import dev.ferry.workspace.ExportSource;
import dev.ferry.workspace.Status;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The body of each export wizard step as page lines. The pick, slug and conflict steps put one
 * line per item first, so that the page's cursor is the item's index. Secret values are never
 * at hand here: only the references that replace them and a mask.
 */
final class ExportWizardPages {
    static final String MASK = "●●●●●● (hidden)";

    private ExportWizardPages() {}

    static void pick(TextPage page, List<ExportSource.Candidate> shown, Set<String> picked, int total,
            Function<ExportSource.Candidate, Status> statusOf) {
        for (ExportSource.Candidate candidate : shown) {
            String name = candidate.name().isEmpty() || candidate.name().equals(candidate.key()) ? ""
                    : "  " + candidate.name();
            page.add((picked.contains(candidate.id()) ? "[x] " : "[ ] ") + statusOf.apply(candidate).glyph() + " "
                    + DisplayWidth.pad(candidate.documentKind().spelling(), 16) + " " + candidate.key() + name,
                    candidate.status() == Status.UNMANAGED ? Role.TEXT : Role.DIM);
        }
        if (shown.isEmpty()) {
            page.add(total == 0 ? "  nothing in this environment can be exported (ignored objects are left out)"
                    : "  no resource matches the filter", Role.DIM);
        }
    }

    static void closure(TextPage page, List<ExportSource.Candidate> picked, ExportWizardPlan planned) {
        for (ExportSource.Candidate candidate : picked) {
            page.add(candidate.documentKind().spelling() + " " + candidate.key() + " brings", Role.HEADER);
            List<ExportedObject> brings = planned.closures().getOrDefault(candidate.id(), List.of());
            if (brings.isEmpty()) {
                page.add("  nothing else", Role.DIM);
            }
            for (ExportedObject object : brings) {
                page.add("  + " + DisplayWidth.pad(object.target().spelling(), 17) + " " + object.key() + "  → "
                        + object.file(), Role.TEXT);
            }
        }
        page.add("", Role.TEXT);
        page.add("All of it is included: " + planned.plan().objects().size() + " object(s) in "
                + planned.plan().files().size() + " file(s)", Role.HEADER);
        for (ExportNote note : planned.plan().notes()) {
            page.add("  note: " + note.format(), Role.WARNING);
        }
    }

    static void slugs(TextPage page, List<ExportSlugs.Entry> entries, Map<String, String> changed,
            ExportWizardPlan planned) {
        for (ExportSlugs.Entry entry : entries) {
            page.add(DisplayWidth.pad(entry.kind().spelling(), 16) + " " + DisplayWidth.pad(entry.slug(), 24) + " → "
                    + entry.file() + (changed.containsKey(entry.id()) ? "  (changed)" : ""), Role.TEXT);
        }
        for (ExportedObject object : planned.plan().objects()) {
            if (entries.stream().noneMatch(e -> e.id().equals(object.id())) && object.file().endsWith(".yaml")
                    && object.file().startsWith("knowledge/") && object.key().startsWith("kb-")) {
                page.add(DisplayWidth.pad("KnowledgeBase", 16) + " " + DisplayWidth.pad(object.key().substring(3), 24)
                        + " → " + object.file() + "  (named after its query tool)", Role.DIM);
            }
        }
        page.add("", Role.TEXT);
        page.add("Refs between these files follow a changed slug; file names do too.", Role.DIM);
    }

    static void values(TextPage page, ExportWizardPlan planned) {
        page.add("Values that become ${params...}", Role.HEADER);
        int params = 0;
        for (ExportFile file : planned.plan().files()) {
            if (!file.isDocument()) {
                continue;
            }
            String[] lines = file.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("${params.")) {
                    page.add("  " + file.path() + ":" + (i + 1) + "  " + lines[i].strip(), Role.TEXT);
                    params++;
                }
            }
        }
        if (params == 0) {
            page.add("  none: no value equals a param of this environment", Role.DIM);
        }
        page.add("", Role.TEXT);
        page.add("Secrets that become references (their values are never shown or written)", Role.HEADER);
        for (SecretReference secret : planned.plan().secrets()) {
            page.add("  " + secret.file() + "  " + dotted(secret.livePointer()), Role.TEXT);
            page.add("      → " + secret.reference() + "   " + MASK, Role.WARNING);
        }
        if (planned.plan().secrets().isEmpty()) {
            page.add("  none", Role.DIM);
        } else {
            page.add("  Put each value in every environment's secret store before the next apply.", Role.DIM);
        }
    }

    static void preview(TextPage page, ExportWizardPlan planned) {
        for (ExportFile file : planned.plan().files()) {
            FileChange.Action action = planned.action(file.path());
            String what = switch (action) {
                case CREATE -> "new file";
                case UNCHANGED -> "same as in the repo";
                case CONFLICT, OVERWRITE -> "exists: diff against it, comments kept";
            };
            page.add("── " + file.path() + "  (" + what + ")", Role.HEADER);
            if (action == FileChange.Action.CONFLICT) {
                String problem = planned.problems().get(file.path());
                if (problem != null) {
                    page.add("  " + problem, Role.WARNING);
                }
                FileDiffLines.of(planned.diffs().get(file.path())).forEach(line -> page.add(line.text(), line.role()));
            } else if (action == FileChange.Action.CREATE) {
                for (String line : file.text().split("\n", -1)) {
                    page.add("  " + line, Role.TEXT);
                }
            }
        }
    }

    static void conflicts(TextPage page, List<String> conflicts, Map<String, ConflictChoice> choices) {
        for (String path : conflicts) {
            page.add("[" + DisplayWidth.pad(label(choices.get(path)), 9) + "] " + path, Role.TEXT);
        }
        if (conflicts.isEmpty()) {
            page.add("  No file of this export exists with other content: nothing to resolve.", Role.DIM);
        }
        page.add("", Role.TEXT);
        page.add("overwrite: write the export, keeping the file's comments", Role.DIM);
        page.add("keep: leave the file byte for byte as it is", Role.DIM);
        page.add("beside: keep it and write the export next to it as <file>.new", Role.DIM);
    }

    static void write(TextPage page, ExportWizardPlan planned, Map<String, ConflictChoice> choices,
            UnaryOperator<String> besideName) {
        for (FileChange change : planned.changes()) {
            String line = switch (change.action()) {
                case CREATE -> "create     " + change.path();
                case UNCHANGED -> "unchanged  " + change.path();
                case OVERWRITE -> "overwrite  " + change.path();
                case CONFLICT -> switch (choices.get(change.path())) {
                    case OVERWRITE -> "overwrite  " + change.path() + "  (comments kept)";
                    case KEEP -> "keep       " + change.path();
                    case BESIDE -> "beside     " + change.path() + " → " + besideName.apply(change.path());
                };
            };
            page.add(line, change.action() == FileChange.Action.UNCHANGED ? Role.DIM : Role.TEXT);
        }
        page.add("", Role.TEXT);
        if (!planned.plan().secrets().isEmpty()) {
            page.add(planned.plan().secrets().size() + " secret reference(s) to fill in each environment's secret "
                    + "store", Role.WARNING);
        }
        page.add("Enter writes these files; q goes back and writes nothing.", Role.HEADER);
    }

    static String label(ConflictChoice choice) {
        return choice.name().toLowerCase(Locale.ROOT);
    }

    /** A JSON Pointer as a dotted field path: {@code server.headers.Authorization}. */
    static String dotted(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String token : pointer.substring(Math.min(1, pointer.length())).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.toString();
    }
}
