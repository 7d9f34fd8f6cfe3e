package dev.ferry.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.diff.DisplayWidth;
import dev.ferry.diff.ResourceDiff;
import dev.ferry.render.Target;
import dev.ferry.workspace.ResourceKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Japanese and emoji lines keep both panes in place (pitfall C06): the separator never moves. */
class WideTextDiffTest {
    private static final String JAPANESE = "A: お電話ありがとうございます。ご用件をお伺いします。";

    @TempDir
    Path root;

    @TempDir
    Path home;

    @Test
    void aJapanesePromptDiffStaysAlignedSideBySide() {
        ObjectNode left = prompt(JAPANESE + "\n✅ Booked for Tuesday\n👨‍👩‍👧 Family plan\nCafe\u0301 abierto\n");
        ObjectNode right = prompt(JAPANESE.replace("用件", "要件") + "\n✅ Booked for Wednesday\n👨‍👩‍👧 Family plan (2)\n"
                + "Café cerrado\n");

        try (Harness harness = Harness.start(121, 40, Harness.options(root, home, Map.of()).withoutLiveData())) {
            DiffView view = new DiffView(new ResourceKey(Target.ASSISTANT, "front-desk"), "dev", "uat");
            view.show(ResourceDiff.compare(left, right, CanonicalYaml.lines(canonical(left)),
                    CanonicalYaml.lines(canonical(right))));
            harness.app.push(view);
            harness.app.pump();

            VirtualScreen screen = harness.screen;
            int separator = DiffLines.leftPaneWidth(121);
            int rows = 0;
            for (int row = 2; row < screen.rows() - 1; row++) {
                if (screen.line(row).contains("│")) {
                    assertThat(screen.columnOf(row, "│")).as("row " + row + ": " + screen.line(row))
                            .isEqualTo(separator);
                    rows++;
                }
            }
            assertThat(rows).isGreaterThan(5);
            assertThat(screen.text()).contains("お電話ありがとうございます", "✅", "Family plan (2)");
            int wrapped = screen.rowOf("ご用件");
            String leftPane = screen.line(wrapped).substring(0, screen.line(wrapped).indexOf('│'));
            assertThat(DisplayWidth.of(leftPane)).isEqualTo(separator);
        }
    }

    @Test
    void theUnifiedLayoutWrapsWideTextAtClusterBoundaries() {
        ObjectNode left = prompt(JAPANESE + "\n");
        ObjectNode right = prompt(JAPANESE.replace("用件", "要件") + "\n");

        try (Harness harness = Harness.start(80, 24, Harness.options(root, home, Map.of()).withoutLiveData())) {
            DiffView view = new DiffView(new ResourceKey(Target.ASSISTANT, "front-desk"), "dev", "uat");
            view.show(ResourceDiff.compare(left, right, CanonicalYaml.lines(canonical(left)),
                    CanonicalYaml.lines(canonical(right))));
            harness.app.push(view);
            harness.app.pump();

            for (String line : harness.screen.lines()) {
                assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(80);
            }
            assertThat(harness.screen.text()).contains("- ").contains("+ ");
        }
    }

    private static ObjectNode prompt(String text) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("name", "Front Desk");
        tree.putObject("model").putArray("messages").addObject().put("role", "system").put("content", text);
        return tree;
    }

    private static java.util.Optional<dev.ferry.canonical.CanonicalResource> canonical(ObjectNode tree) {
        return java.util.Optional.of(new dev.ferry.canonical.CanonicalResource(Target.ASSISTANT, tree, List.of()));
    }
}
