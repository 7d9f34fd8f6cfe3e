package dev.ferry.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real {@code ferry demo} in tmux as a person would: reads the keys for exporting and
 * promoting off the {@code ?} help screen, filters, opens a diff, exports uat's hand-made assistant
 * with the wizard, promotes uat's drifted tool to prod on a new branch, quits, and checks the
 * terminal was given back with echo on. Skipped with a message where tmux is missing
 * ({@code .ci/run} installs it).
 */
class WorkbenchTmuxIT {
    @TempDir
    Path folder;

    @Test
    void theDemoBrowsesDiffsExportsAndPromotesWithTheKeysItsHelpShows() throws Exception {
        assumeTrue(TmuxSession.available(), "tmux is not installed; .ci/run installs it for this test");
        Path demo = folder.resolve("demo");
        Path done = folder.resolve("exit-code");
        Path stty = folder.resolve("stty-after");
        String command = TmuxSession.ferryCommand(folder.resolve("ferry.log"), "demo", "--dir", demo.toString())
                + "; echo $? > " + TmuxSession.quote(done.toString()) + "; stty -a > "
                + TmuxSession.quote(stty.toString()) + "; sleep 30";
        try (TmuxSession session = TmuxSession.start(130, 40, command)) {
            String matrix = session.waitForScreen(screen -> screen.contains("larkspur-prod")
                    && screen.contains("in sync") && !screen.contains("…"));
            assertThat(matrix).contains("front-desk", "holiday-promo-line", "legacy-ivr-greeter");

            session.keys("?");
            String help = session.waitForScreen(screen -> screen.contains("(matrix.promote)"));
            String exportKey = keyOf(help, "matrix.export");
            String promoteKey = keyOf(help, "matrix.promote");
            String selectKey = keyOf(help, "matrix.select");
            session.keys("q");

            filter(session, "front");
            session.keys("h", "h", "h", "h", "l", "l", "l", "Enter");
            String diff = session.waitForScreen(screen -> screen.contains("model.messages[system].content"));
            assertThat(diff).contains("diff assistant/front-desk", "uat", "prod");
            session.keys("q");
            session.waitForScreen(screen -> screen.contains("Resource"));

            filter(session, "holiday");
            session.keys("h", "h", "h", "h", "l", "l", exportKey);
            // The wizard reads the org and plans on a worker; Enter waits for it, as a person would.
            session.waitForScreen(screen -> screen.contains("step 1 of 7: pick live resources") && !busy(screen));
            for (int step = 2; step <= 7; step++) {
                session.keys("Enter");
                int expected = step;
                session.waitForScreen(screen -> screen.contains("step " + expected + " of 7") && !busy(screen));
            }
            session.keys("Enter");
            session.waitForScreen(screen -> screen.contains("exported 1 object(s) from uat"));
            assertThat(demo.resolve("assistants/holiday-promo-line.yaml")).exists();

            filter(session, "book-app");
            session.keys("h", "h", "h", "h", "l", "l", selectKey, promoteKey);
            session.waitForScreen(screen -> screen.contains("from uat to: prod"));
            session.keys("Enter");
            String review = session.waitForScreen(screen -> screen.contains("Plan for prod with this branch"));
            assertThat(review).contains("update tools/book-appointment.yaml", "server.timeoutSeconds 20 → 45");
            session.keys("c");
            session.waitForScreen(screen -> screen.contains("ferry/promote/book-appointment"));
            session.keys("Enter");
            session.keys("Enter");
            session.waitForScreen(screen -> screen.contains("and open a review"));
            try (Git git = Git.open(demo.toFile())) {
                assertThat(git.branchList().call()).anySatisfy(ref -> assertThat(ref.getName())
                        .startsWith("refs/heads/ferry/promote/book-appointment"));
                assertThat(git.getRepository().getBranch()).isEqualTo("main");
            }

            session.keys("q");
            session.waitForScreen(screen -> screen.contains("Resource"));
            session.keys("q");
            session.waitForScreen(screen -> screen.contains("filter cleared"));
            session.keys("q");
            TmuxSession.waitFor(() -> Files.exists(done));
            assertThat(Files.readString(done).strip()).isEqualTo("0");
            TmuxSession.waitFor(() -> Files.exists(stty) && size(stty) > 0);
            String terminal = Files.readString(stty, StandardCharsets.UTF_8);
            assertThat(terminal).contains(" echo ").contains(" icanon ");
            assertThat(session.capture()).contains("The sandbox has stopped. The demo repo is in " + demo);
        }
    }

    private static boolean busy(String screen) {
        return screen.contains("reading uat") || screen.contains("planning");
    }

    /** Replaces the matrix filter with {@code text}. */
    private static void filter(TmuxSession session, String text) throws Exception {
        session.keys("/");
        session.keys("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace",
                "BSpace");
        session.keys(text, "Enter");
        session.waitForScreen(screen -> screen.contains("/" + text + " ("));
    }

    /** The first key the help screen lists for {@code action}, as tmux's send-keys spells it. */
    private static String keyOf(String help, String action) {
        String line = Arrays.stream(help.split("\n")).filter(l -> l.contains("(" + action + ")")).findFirst()
                .orElseThrow(() -> new AssertionError("help does not list " + action + ":\n" + help));
        return line.strip().split("\\s+")[0];
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
