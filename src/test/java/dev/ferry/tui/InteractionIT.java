package dev.ferry.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filter, help, palette, themes, resize and the key bindings file, on the sample repo with dev drifted. */
class InteractionIT {
    @TempDir
    Path folder;

    @TempDir
    Path home;

    private Harness started(int columns, int rows, Map<String, String> env) {
        SampleWorkspace workspace = SampleWorkspace.in(folder).devWithDrift();
        return Harness.start(columns, rows, Harness.options(workspace.root, home, env)).loaded();
    }

    @Test
    void theFilterNarrowsRowsAsYouTypeAndEscBringsThemBack() {
        try (Harness harness = started(120, 40, Map.of())) {
            harness.type("/front");

            assertThat(harness.screen.text()).contains("front-desk").doesNotContain("billing-agent");
            assertThat(harness.screen.line(harness.screen.rows() - 1)).contains("/front");

            harness.press(KeyType.Backspace).press(KeyType.Backspace).press(KeyType.Backspace)
                    .press(KeyType.Backspace).press(KeyType.Backspace).type("status:pending");
            assertThat(harness.app.model.entries()).filteredOn(MatrixModel.Item.class::isInstance).hasSize(1);

            harness.press(KeyType.Backspace);
            harness.screen.type("");
            harness.press(KeyType.Escape);
            assertThat(harness.screen.text()).contains("billing-agent", "front-desk");
        }
    }

    @Test
    void qClearsAnAppliedFilterBeforeItQuits() {
        try (Harness harness = started(120, 40, Map.of())) {
            harness.type("/front").press(KeyType.Enter);
            assertThat(harness.screen.text()).doesNotContain("billing-agent");

            harness.type("q");

            assertThat(harness.app.isRunning()).isTrue();
            assertThat(harness.screen.text()).contains("billing-agent", "front-desk", "filter cleared");
            harness.type("q");
            assertThat(harness.app.isRunning()).isFalse();
        }
    }

    @Test
    void theFilterMatchesKindsAndUnmanagedRows() {
        try (Harness harness = started(120, 40, Map.of())) {
            harness.type("/kind:squad").press(KeyType.Enter);

            assertThat(harness.screen.text()).contains("support-line").doesNotContain("front-desk");
            assertThat(harness.screen.line(1)).contains("/kind:squad (1 of 20)");

            harness.type("/").press(KeyType.Escape);
        }
    }

    @Test
    void helpListsEveryActionThatAppliesWithItsKeys() {
        try (Harness harness = started(120, 60, Map.of())) {
            harness.type("?");

            HelpView help = (HelpView) harness.app.router.top();
            for (Action action : harness.app.registry.applicableTo(harness.app.matrix)) {
                String keys = HelpView.keys(harness.app.bindings, action);
                assertThat(help.lines()).anySatisfy(line -> assertThat(line.text())
                        .contains(keys).contains(action.title()).contains(action.id()));
            }
            assertThat(harness.screen.text()).contains("Everywhere", "Moving", "Matrix", "j Down", "Enter");
            harness.type("q");
            assertThat(harness.app.router.top()).isSameAs(harness.app.matrix);
        }
    }

    @Test
    void thePaletteFindsAnActionByFuzzyMatchAndRunsIt() {
        try (Harness harness = started(120, 40, Map.of())) {
            harness.type(":nxtthm");

            PaletteView palette = (PaletteView) harness.app.router.top();
            assertThat(palette.matches()).first().extracting(Action::id).isEqualTo("app.theme");
            assertThat(harness.screen.text()).contains("Switch to the next theme");

            harness.press(KeyType.Enter);

            assertThat(harness.app.theme().name()).isEqualTo("light");
            assertThat(harness.app.router.top()).isSameAs(harness.app.matrix);
        }
    }

    @Test
    void tCyclesThemesAndTheColoursThatCarryMeaningChange() {
        try (Harness harness = started(120, 40, Map.of())) {
            VirtualScreen screen = harness.screen;
            int desk = screen.rowOf("front-desk");
            int pending = screen.columnOf(desk, "~");
            assertThat(screen.foreground(pending, desk)).isEqualTo(TextColor.ANSI.YELLOW);

            harness.type("ttt");

            assertThat(screen.line(0)).contains("theme colour-blind");
            assertThat(screen.foreground(pending, desk)).isEqualTo(new TextColor.RGB(0xe6, 0x9f, 0x00));
            harness.type("t");
            assertThat(screen.line(0)).contains("theme mono");
            assertThat(screen.foreground(pending, desk)).isEqualTo(TextColor.ANSI.DEFAULT);
            assertThat(screen.at(pending, desk).getCharacterString()).isEqualTo("~");
        }
    }

    @Test
    void noColorStartsInMonoAndKeepsEveryGlyph() {
        try (Harness harness = started(80, 24, Map.of("NO_COLOR", "1"))) {
            VirtualScreen screen = harness.screen;
            int desk = screen.rowOf("front-desk");

            assertThat(screen.line(0)).contains("theme mono");
            assertThat(screen.line(desk).replaceAll("[│ ]+", " ").trim()).isEqualTo("front-desk = ~ + +");
            for (int column = 0; column < screen.columns(); column++) {
                assertThat(screen.foreground(column, desk)).isEqualTo(TextColor.ANSI.DEFAULT);
            }
            harness.type("t");
            assertThat(screen.foreground(screen.columnOf(desk, "~"), desk)).isEqualTo(TextColor.ANSI.DEFAULT);
        }
    }

    @Test
    void theMatrixReflowsWhenTheTerminalIsResized() {
        try (Harness harness = started(200, 60, Map.of())) {
            VirtualScreen screen = harness.screen;
            int wide = screen.columnOf(screen.rowOf("prod"), "│");

            screen.resize(80, 24);
            harness.app.pump();

            assertThat(screen.columns()).isEqualTo(80);
            int header = screen.rowOf("prod");
            assertThat(screen.line(header)).contains("git", "dev", "uat", "prod");
            assertThat(screen.columnOf(header, "│")).isLessThan(wide);
            assertThat(screen.line(screen.rowOf("front-desk")).replaceAll("[│ ]+", " ").trim())
                    .isEqualTo("front-desk = ~ + +");
            assertThat(screen.line(screen.rows() - 1)).contains("Enter diff");
        }
    }

    @Test
    void aKeyBindingsFileInTheHomeFolderOverridesTheDefaults() throws Exception {
        Files.writeString(home.resolve("keys.yaml"), """
                # my keys
                list.down: [x]
                app.theme: [F5]
                no.such-action: [y]
                """);

        try (Harness harness = started(120, 40, Map.of())) {
            harness.type("gx");
            assertThat(harness.app.matrix.selectedEntry()).get().isInstanceOf(MatrixModel.Item.class);
            harness.type("t");
            assertThat(harness.app.theme().name()).isEqualTo("dark");
            assertThat(harness.screen.line(harness.screen.rows() - 1)).contains("no action on t here");
            harness.press(KeyType.F5);
            assertThat(harness.app.theme().name()).isEqualTo("light");
            harness.type("?");
            assertThat(harness.screen.text()).contains("x  ").doesNotContain("j Down");
            harness.type("q");
            harness.type("L");
            assertThat(harness.screen.text()).contains("keys.yaml: no action named no.such-action");
        }
    }
}
