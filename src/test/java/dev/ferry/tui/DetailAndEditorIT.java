package dev.ferry.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail view of a cell, and editing its file with $EDITOR while the terminal is handed over. */
class DetailAndEditorIT {
    @TempDir
    Path folder;

    @TempDir
    Path home;

    @Test
    void theDetailShowsRefsBothWaysLabelsHistoryAndTheCanonicalYaml() {
        SampleWorkspace workspace = SampleWorkspace.in(folder).devWithDrift();

        try (Harness harness = Harness.start(120, 60, Harness.options(workspace.root, home, Map.of())).loaded()) {
            harness.select("front-desk", "dev").type("i");
            DetailView detail = (DetailView) harness.app.router.top();
            harness.until(() -> detail.lines().stream().anyMatch(l -> l.text().contains("Start the Larkspur")),
                    "the history");

            List<String> lines = detail.lines().stream().map(TextPage.Line::text).toList();
            assertThat(lines).contains("~ pending", "file     assistants/front-desk.yaml");
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("tool/end-call").contains("via model.toolIds"));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("squad/support-line").contains("via members"));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("Ada").contains("Start the Larkspur platform"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("labels   ").contains("="));
            assertThat(lines).contains("Canonical YAML (live in dev)");
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("firstMessage: \"Larkspur Home Services"));
        }
    }

    @Test
    void eHandsTheTerminalToTheEditorTakesItBackAndValidatesAgain() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.in(folder).devWithDrift();
        Path editor = home.resolve("fake-editor.sh");
        Files.writeString(editor, "#!/bin/sh\nprintf '  description: edited\\n' >> \"$1\"\n");
        editor.toFile().setExecutable(true);
        List<String> handovers = new ArrayList<>();
        TerminalControl control = new TerminalControl() {
            @Override
            public void suspend() {
                handovers.add("suspend");
            }

            @Override
            public void resume() {
                handovers.add("resume");
            }
        };
        WorkbenchOptions options = Harness.options(workspace.root, home, Map.of("EDITOR", editor.toString()))
                .withTerminal(control);

        try (Harness harness = Harness.start(120, 40, options).loaded()) {
            harness.select("front-desk", "git").type("i").type("e");

            assertThat(handovers).containsExactly("suspend", "resume");
            assertThat(Files.readString(workspace.root.resolve("assistants/front-desk.yaml")))
                    .endsWith("  description: edited\n");
            harness.until(() -> harness.app.log.lines().stream()
                    .anyMatch(l -> l.text().contains("assistants/front-desk.yaml")), "validation");
            harness.until(() -> harness.screen.text().contains("assistants/front-desk.yaml: "), "the findings");
            harness.press(KeyType.Escape);
            assertThat(harness.app.router.top()).isSameAs(harness.app.matrix);
        }
    }
}
