package dev.ferry.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.ferry.export.Formatter;
import dev.ferry.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code F} in the workbench: fmt as a diff first, written only once the user confirms. */
class NormalizeViewIT {
    @TempDir
    Path folder;

    @TempDir
    Path home;

    private Harness started(SampleWorkspace workspace, int columns, int rows) {
        return Harness.start(columns, rows, Harness.options(workspace.root, home, Map.of())).loaded();
    }

    private static NormalizeView opened(Harness harness) {
        harness.type("F");
        NormalizeView view = (NormalizeView) harness.app.router.top();
        harness.until(() -> !view.lines().isEmpty(), "fmt ran");
        return view;
    }

    @Test
    void showsTheDiffOfABadlyFormattedFileAndWritesOnlyAfterConfirming() throws IOException {
        SampleWorkspace workspace = SampleWorkspace.in(folder).fill("dev", client -> { });
        Path tool = workspace.root.resolve("tools/end-call.yaml");
        Files.write(tool, Fixtures.bytes(getClass(), "normalize/flow-end-call.yaml"));
        byte[] before = Files.readAllBytes(tool);
        try (Harness harness = started(workspace, 80, 24)) {
            opened(harness);

            assertThat(harness.text()).contains("1 file(s) would be rewritten", "── tools/end-call.yaml",
                    "- spec: {type: endCall", "+ spec:", "+   type: endCall",
                    "  # ends the call; written in flow style by hand");
            assertThat(Files.readAllBytes(tool)).isEqualTo(before);

            harness.type("w");
            assertThat(harness.screen.line(23)).contains("rewrite 1 file(s)? y to confirm:");
            harness.press(KeyType.Escape);
            assertThat(harness.screen.line(23)).contains("nothing written");
            harness.type("wn").press(KeyType.Enter);
            assertThat(Files.readAllBytes(tool)).isEqualTo(before);

            harness.type("wy").press(KeyType.Enter);
            harness.until(() -> harness.app.router.top() == harness.app.matrix, "the files were written");

            assertThat(harness.screen.line(23)).contains("formatted 1 file(s)");
            assertThat(Files.readString(tool)).startsWith("# ends the call; written in flow style by hand\n"
                    + "kind: Tool\napiVersion: v1\nmetadata:\n  name: end-call\nspec:\n  type: endCall\n");
            assertThat(new Formatter().plan(workspace.root).changed()).isEmpty();
        }
    }

    @Test
    void saysSoWhenNothingNeedsToChange() {
        SampleWorkspace workspace = SampleWorkspace.in(folder).fill("dev", client -> { });
        try (Harness harness = started(workspace, 120, 40)) {
            opened(harness);

            assertThat(harness.text()).contains("Nothing to change: every file is already in canonical form.");
            harness.type("w");
            assertThat(harness.screen.line(39)).contains("nothing to change");
        }
    }

    @Test
    void theScopeKeySwitchesToTheSelectedResourcesFile() throws IOException {
        SampleWorkspace workspace = SampleWorkspace.in(folder).fill("dev", client -> { });
        Files.write(workspace.root.resolve("tools/end-call.yaml"), Fixtures.bytes(getClass(),
                "normalize/flow-end-call.yaml"));
        try (Harness harness = started(workspace, 120, 40)) {
            harness.select("front-desk", "git");
            NormalizeView view = opened(harness);
            assertThat(harness.text()).contains("── tools/end-call.yaml");

            harness.type("s");
            harness.until(() -> !view.lines().isEmpty(), "fmt ran on one file");

            assertThat(harness.text()).contains("Normalize assistants/front-desk.yaml (fmt)",
                    "Nothing to change: assistants/front-desk.yaml is already in canonical form.")
                    .doesNotContain("end-call");
        }
    }
}
