package dev.ferry.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import dev.ferry.vapi.VapiKind;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** Enter on a cell diffs it with its left neighbour; folds open, n and N jump between changes. */
class DiffScreenIT {
    @TempDir
    Path folder;

    @TempDir
    Path home;

    private SampleWorkspace twoEditsInDev() {
        return SampleWorkspace.in(folder).fill("dev", client -> {
            ObjectNode desk = SampleWorkspace.find(client, VapiKind.ASSISTANT, "Larkspur Front Desk");
            ObjectNode model = (ObjectNode) desk.get("model").deepCopy();
            ObjectNode system = (ObjectNode) model.get("messages").get(0);
            system.put("content", system.get("content").asString().replace("Short sentences.", "Short answers."));
            client.update(VapiKind.ASSISTANT, desk.get("id").asString(), desk.objectNode()
                    .put("firstMessage", "Larkspur, front desk speaking.").set("model", model));
        });
    }

    @Test
    void enterOnACellOpensTheDiffWithItsLeftNeighbourSideBySideFrom120Columns() {
        SampleWorkspace workspace = twoEditsInDev();

        try (Harness harness = Harness.start(120, 40, Harness.options(workspace.root, home, Map.of())).loaded()) {
            harness.select("front-desk", "dev").press(KeyType.Enter);
            DiffView diff = (DiffView) harness.app.router.top();
            harness.until(() -> !diff.lines().isEmpty(), "the diff");
            VirtualScreen screen = harness.screen;

            assertThat(screen.line(0)).contains("diff assistant/front-desk  git → dev");
            assertThat(screen.text()).contains("~ firstMessage", "~ model.messages[system].content: 1 line changed");
            int header = screen.rowOf("│dev");
            assertThat(screen.columnOf(header, "│")).isEqualTo(DiffLines.leftPaneWidth(120));
            int changed = screen.rowOf("+ firstMessage: \"Larkspur, front desk speaking.");
            assertThat(screen.line(changed)).contains(" - firstMessage:").contains(" + firstMessage:");
            int minus = screen.columnOf(changed, "-");
            assertThat(screen.foreground(minus, changed)).isEqualTo(TextColor.ANSI.RED);
            assertThat(screen.text()).contains("unchanged lines (Enter unfolds)");
        }
    }

    @Test
    void foldsUnfoldAndNAndShiftNJumpBetweenHunks() {
        SampleWorkspace workspace = twoEditsInDev();

        try (Harness harness = Harness.start(80, 24, Harness.options(workspace.root, home, Map.of())).loaded()) {
            harness.select("front-desk", "dev").press(KeyType.Enter);
            DiffView diff = (DiffView) harness.app.router.top();
            harness.until(() -> !diff.lines().isEmpty(), "the diff");

            harness.type("n");
            int first = diff.cursor();
            assertThat(diff.lines().get(first).isDifference()).isTrue();
            assertThat(harness.screen.text()).contains("- firstMessage:").contains("+ firstMessage:");
            harness.type("n");
            int second = diff.cursor();
            assertThat(second).isGreaterThan(first);
            assertThat(diff.lines().get(second).isDifference()).isTrue();
            assertThat(diff.lines().get(second - 1).isDifference()).isFalse();
            harness.type("N");
            assertThat(diff.cursor()).isEqualTo(first);

            int folds = count(diff, DiffLine.Type.FOLD);
            int lines = diff.lines().size();
            int fold = indexOf(diff, DiffLine.Type.FOLD);
            harness.type("g");
            for (int i = 0; i < fold; i++) {
                harness.type("j");
            }
            harness.press(KeyType.Enter);

            assertThat(count(diff, DiffLine.Type.FOLD)).isEqualTo(folds - 1);
            assertThat(diff.lines().size()).isGreaterThan(lines);
            assertThat(diff.lines().get(fold).type()).isEqualTo(DiffLine.Type.DIFF);
            harness.type("q");
            assertThat(harness.app.router.top()).isSameAs(harness.app.matrix);
        }
    }

    @Test
    void belowOneHundredTwentyColumnsTheDiffIsUnified() {
        SampleWorkspace workspace = twoEditsInDev();

        try (Harness harness = Harness.start(80, 24, Harness.options(workspace.root, home, Map.of())).loaded()) {
            harness.select("front-desk", "dev").press(KeyType.Enter);
            DiffView diff = (DiffView) harness.app.router.top();
            harness.until(() -> !diff.lines().isEmpty(), "the diff");
            harness.type("n");

            VirtualScreen screen = harness.screen;
            int minus = screen.rowOf("- firstMessage:");
            assertThat(screen.rowOf("+ firstMessage:")).isGreaterThan(minus);
            assertThat(screen.columnOf(minus, "│")).isNegative();
        }
    }

    private static int count(DiffView diff, DiffLine.Type type) {
        return (int) diff.lines().stream().filter(line -> line.type() == type).count();
    }

    private static int indexOf(DiffView diff, DiffLine.Type type) {
        for (int i = 0; i < diff.lines().size(); i++) {
            if (diff.lines().get(i).type() == type) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " line");
    }
}
