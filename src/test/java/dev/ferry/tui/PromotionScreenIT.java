package dev.ferry.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.ferry.vapi.VapiKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** Space selects cells of a source column, p reviews their promotion and c commits it on a new branch. */
class PromotionScreenIT {
    private static final String EDITED = "End the call once the caller says goodbye.";

    @TempDir
    Path folder;

    @TempDir
    Path home;

    private static String fileAt(Git git, String branch, String path) throws Exception {
        ObjectId commit = git.getRepository().resolve(branch);
        try (RevWalk walk = new RevWalk(git.getRepository());
                TreeWalk tree = TreeWalk.forPath(git.getRepository(), path, walk.parseCommit(commit).getTree())) {
            assertThat(tree).as(path + " on " + branch).isNotNull();
            return new String(git.getRepository().open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> index(Git git) throws Exception {
        DirCache cache = git.getRepository().readDirCache();
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < cache.getEntryCount(); i++) {
            entries.add(cache.getEntry(i).getPathString() + " " + cache.getEntry(i).getObjectId().name());
        }
        return entries;
    }

    /** Dev with two dashboard changes that promote cleanly: a tool edited by hand and an assistant made by hand. */
    private SampleWorkspace devWithTwoChanges() {
        return SampleWorkspace.in(folder).fill("dev", client -> {
            ObjectNode endCall = client.list(VapiKind.TOOL).stream()
                    .filter(tool -> tool.path("function").path("name").asString().equals("end_call")).findFirst()
                    .orElseThrow();
            client.update(VapiKind.TOOL, endCall.get("id").asString(), endCall.objectNode().set("function",
                    endCall.objectNode().put("name", "end_call").put("description", EDITED)));
            client.create(VapiKind.ASSISTANT, endCall.objectNode().put("name", "Holiday Promo"));
        });
    }

    @Test
    void twoSelectedCellsArePromotedOnANewBranchAfterShowingTheirFilesAndTheTargetsPlan() throws Exception {
        SampleWorkspace workspace = devWithTwoChanges();
        String toolBefore = Files.readString(workspace.root.resolve("tools/end-call.yaml"));
        List<String> indexBefore;
        String headBefore;
        try (Git git = Git.open(workspace.root.toFile())) {
            indexBefore = index(git);
            headBefore = git.getRepository().resolve("HEAD").name();
        }

        try (Harness harness = Harness.start(120, 40, Harness.options(workspace.root, home, Map.of())).loaded()) {
            harness.select("end-call", "dev").type(" ").select("holiday-promo", "dev").type(" ");
            assertThat(harness.text()).contains("[2 selected in dev]");
            int tool = harness.screen.rowOf("  end-call");
            assertThat(harness.screen.line(tool)).contains("[");

            harness.type("p");
            assertThat(harness.screen.line(harness.screen.rows() - 1))
                    .contains("promote end-call, holiday-promo from dev to: uat");
            harness.press(KeyType.Enter);
            PromotionView review = (PromotionView) harness.app.router.top();
            harness.until(() -> review.staged() != null, "the promotion prepared");

            assertThat(harness.text()).contains("Files on the new branch ferry/promote/end-call-20261204-1015 (",
                    "update tools/end-call.yaml", "create assistants/holiday-promo.yaml");
            harness.type("G");
            assertThat(harness.text()).contains("+ create   assistant/holiday-promo", "Plan: ");
            assertThat(review.lines()).anySatisfy(line -> assertThat(line.text())
                    .contains("Plan for uat with this branch"));
            assertThat(review.lines()).anySatisfy(line -> assertThat(line.text()).startsWith("+ ")
                    .contains(EDITED));

            harness.type("c");
            assertThat(harness.screen.line(harness.screen.rows() - 1))
                    .contains("new branch: ferry/promote/end-call-20261204-1015");
            harness.press(KeyType.Enter);
            assertThat(harness.screen.line(harness.screen.rows() - 1))
                    .contains("commit message: Promote end-call, holiday-promo from dev towards uat");
            harness.press(KeyType.Enter);
            harness.until(() -> review.result() != null, "the commit");

            assertThat(harness.text()).contains("on ferry/promote/end-call-20261204-1015",
                    "Next: push ferry/promote/end-call-20261204-1015 and open a review; CI applies it to uat.",
                    "nothing was pushed");
            assertThat(harness.screen.line(harness.screen.rows() - 1)).as("nothing left to commit")
                    .doesNotContain("c commit");
            assertThat(harness.app.matrix.selection().isEmpty()).isTrue();
        }
        try (Git git = Git.open(workspace.root.toFile())) {
            String branch = "ferry/promote/end-call-20261204-1015";
            assertThat(fileAt(git, branch, "tools/end-call.yaml")).contains(EDITED);
            assertThat(fileAt(git, branch, "assistants/holiday-promo.yaml")).contains("name: Holiday Promo");
            assertThat(git.log().add(git.getRepository().resolve(branch)).setMaxCount(1).call().iterator().next()
                    .getFullMessage()).isEqualTo("Promote end-call, holiday-promo from dev towards uat");
            assertThat(git.getRepository().getBranch()).isEqualTo("main");
            assertThat(git.getRepository().resolve("HEAD").name()).isEqualTo(headBefore);
            assertThat(index(git)).isEqualTo(indexBefore);
            assertThat(git.status().call().getUncommittedChanges()).isEmpty();
        }
        assertThat(Files.readString(workspace.root.resolve("tools/end-call.yaml"))).isEqualTo(toolBefore);
        assertThat(workspace.root.resolve("assistants/holiday-promo.yaml")).doesNotExist();
    }

    @Test
    void spaceOnAKindGroupRowStillFoldsTheGroup() {
        SampleWorkspace workspace = SampleWorkspace.in(folder).devWithDrift();

        try (Harness harness = Harness.start(120, 40, Harness.options(workspace.root, home, Map.of())).loaded()) {
            harness.app.matrix.moveToStart();
            harness.app.redraw();
            assertThat(harness.app.matrix.selectedEntry()).get().isInstanceOf(MatrixModel.Group.class);

            harness.type(" ");

            assertThat(harness.app.model.entries().get(0)).isEqualTo(new MatrixModel.Group(
                    dev.ferry.config.Kind.ASSISTANT, 6, true));
            assertThat(harness.text()).contains("▸ Assistant").doesNotContain("  front-desk");
            assertThat(harness.app.matrix.selection().isEmpty()).isTrue();
        }
    }

    @Test
    void aBranchNameAlreadyTakenIsNamedAndTheReviewStaysForAnotherName() throws Exception {
        SampleWorkspace workspace = devWithTwoChanges();
        try (Git git = Git.open(workspace.root.toFile())) {
            git.branchCreate().setName("ferry/promote/end-call-20261204-1015").call();
        }

        try (Harness harness = Harness.start(120, 40, Harness.options(workspace.root, home, Map.of())).loaded()) {
            harness.select("end-call", "dev").type(" ").type("p").press(KeyType.Enter);
            PromotionView review = (PromotionView) harness.app.router.top();
            harness.until(() -> review.staged() != null, "the promotion prepared");

            harness.type("c").press(KeyType.Enter).press(KeyType.Enter);
            harness.until(() -> harness.text().contains("Not committed"), "the refusal");

            assertThat(harness.text()).contains("Not committed: branch ferry/promote/end-call-20261204-1015 already "
                    + "exists");
            assertThat(harness.app.matrix.selection().size()).isEqualTo(1);

            harness.type("c");
            harness.screen.type("-2");
            harness.press(KeyType.Enter).press(KeyType.Enter);
            harness.until(() -> review.result() != null, "the commit");

            assertThat(review.result().branch()).isEqualTo("ferry/promote/end-call-20261204-1015-2");
            assertThat(harness.app.matrix.selection().isEmpty()).isTrue();
        }
        try (Git git = Git.open(workspace.root.toFile())) {
            assertThat(fileAt(git, "ferry/promote/end-call-20261204-1015-2", "tools/end-call.yaml")).contains(EDITED);
        }
    }
}
