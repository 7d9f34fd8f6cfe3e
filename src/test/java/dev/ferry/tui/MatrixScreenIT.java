package dev.ferry.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matrix on the sample repo, with dev filled and drifted, uat and prod empty, at the three sizes. */
class MatrixScreenIT {
    @TempDir
    Path folder;

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40", "200,60"})
    void theMatrixShowsAStatusGlyphPerCellInTheColourOfItsMeaning(int columns, int rows) {
        SampleWorkspace workspace = SampleWorkspace.in(folder).devWithDrift();

        try (Harness harness = Harness.start(columns, rows, Harness.options(workspace.root, home, Map.of()))
                .loaded()) {
            VirtualScreen screen = harness.screen;
            harness.select("front-desk", "dev");

            int header = screen.rowOf("git");
            int devColumn = screen.columnOf(header, "d");
            int desk = screen.rowOf("front-desk");
            assertThat(screen.line(desk).replaceAll("[│ ]+", " ").trim()).isEqualTo("front-desk = ~ + +");
            assertThat(glyphAt(screen, desk, "~")).isEqualTo(TextColor.ANSI.YELLOW);
            assertThat(glyphAt(screen, desk, "=")).isEqualTo(TextColor.ANSI.GREEN);
            assertThat(glyphAt(screen, desk, "+")).isEqualTo(TextColor.ANSI.CYAN);
            assertThat(devColumn).isPositive();
            int promo = screen.rowOf("holiday-promo");
            assertThat(screen.line(promo).replaceAll("[│ ]+", " ").trim()).isEqualTo("holiday-promo ?");
            assertThat(glyphAt(screen, promo, "?")).isEqualTo(TextColor.ANSI.BLACK_BRIGHT);
            assertThat(screen.line(header)).contains("git", "dev", "uat", "prod");
            assertThat(screen.text()).contains("larkspur-dev", "write", "ci-only", "0s ago");
            assertThat(screen.line(1)).startsWith("= 18 in sync  ~ 1 pending  + 38 missing  ? 1 unmanaged");
        }
    }

    @Test
    void aProtectedEnvironmentIsFramedInRed() {
        SampleWorkspace workspace = SampleWorkspace.in(folder);

        try (Harness harness = Harness.start(120, 40, Harness.options(workspace.root, home, Map.of())).loaded()) {
            VirtualScreen screen = harness.screen;

            int header = screen.rowOf("prod");
            int prod = screen.columnOf(header, "p");
            int left = prod - 1;
            assertThat(screen.at(left, header).getCharacterString()).isEqualTo("│");
            assertThat(screen.foreground(left, header)).isEqualTo(TextColor.ANSI.RED);
            assertThat(screen.at(left, header - 1).getCharacterString()).isEqualTo("┌");
            assertThat(screen.foreground(left, header - 1)).isEqualTo(TextColor.ANSI.RED);
            assertThat(screen.at(left, screen.rows() - 2).getCharacterString()).isEqualTo("└");
            int uat = screen.columnOf(header, "u") - 1;
            assertThat(screen.foreground(uat, header)).isNotEqualTo(TextColor.ANSI.RED);
        }
    }

    @Test
    void anUnreachableEnvironmentShowsItsErrorWhileTheOthersLoad() {
        SampleWorkspace workspace = SampleWorkspace.in(folder).devWithDrift();
        Map<String, String> env = Map.of("FERRY_UAT_API", "http://127.0.0.1:9");

        try (Harness harness = Harness.start(120, 40, Harness.options(workspace.root, home, env)).loaded()) {
            VirtualScreen screen = harness.screen;

            MatrixColumn uat = harness.app.model.column("uat").orElseThrow();
            assertThat(uat.state().error()).isPresent();
            int header = screen.rowOf("uat");
            int freshness = header + 3;
            assertThat(screen.line(freshness)).contains("× ");
            int desk = screen.rowOf("front-desk");
            assertThat(screen.line(desk).replaceAll("[│ ]+", " ").trim()).isEqualTo("front-desk = ~ × +");
            assertThat(glyphAt(screen, desk, "×")).isEqualTo(TextColor.ANSI.RED);
            assertThat(screen.line(1)).contains("× 1 failed");

            harness.type("L");

            assertThat(screen.text()).contains("── log").contains("× ").contains("uat: ");
            assertThat(screen.text()).contains("dev: read 20 resources");
        }
    }

    private static TextColor glyphAt(VirtualScreen screen, int row, String glyph) {
        int column = screen.columnOf(row, glyph);
        assertThat(column).as(glyph + " on row " + row + ": " + screen.line(row)).isNotNegative();
        return screen.foreground(column, row);
    }

    @Test
    void theGitColumnMarksFilesChangedSinceHeadAndEachEnvironmentNamesTheCommitItReceived() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.in(folder);
        var apply = dev.ferry.testing.FerryCli.run(Map.of("DEV_CRM_API_KEY", "k1", "DEV_OPS_DASHBOARD_KEY", "k2",
                "DEV_SCHEDULER_TOKEN", "k3", "DEV_WEBHOOKS_SIGNING_KEY", "k4"), "-C", workspace.root.toString(),
                "apply", "--env", "dev", "--approve");
        assertThat(apply.exitCode()).as(apply.err()).isZero();
        java.nio.file.Path desk = workspace.root.resolve("assistants/front-desk.yaml");
        java.nio.file.Files.writeString(desk, java.nio.file.Files.readString(desk).replace("temperature: 0.3",
                "temperature: 0.4"));
        String head;
        try (var git = dev.ferry.git.GitRepository.find(workspace.root).orElseThrow()) {
            head = git.head().orElseThrow().substring(0, 7);
        }

        try (Harness harness = Harness.start(200, 60, Harness.options(workspace.root, home, Map.of())).loaded()) {
            VirtualScreen screen = harness.screen;

            assertThat(screen.text()).contains("HEAD " + head + " +1", "write · at " + head);
            assertThat(screen.line(screen.rowOf("front-desk")).replaceAll("[│ ]+", " ").trim())
                    .startsWith("front-desk =" + MatrixView.CHANGED_MARK);
            assertThat(screen.line(screen.rowOf("booking-agent")).replaceAll("[│ ]+", " ").trim())
                    .startsWith("booking-agent = ");
        }
    }
}
