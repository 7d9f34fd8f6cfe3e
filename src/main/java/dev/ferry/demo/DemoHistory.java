package dev.ferry.demo;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The demo repo's history: the sample committed in three steps, so that each environment can be left
 * at a different one as a real team's are (dev at the newest, uat one behind, prod two behind). The
 * first commit lacks the newest assistant and gives the front desk shorter answers; the second adds
 * the assistant; the third is the sample as it is.
 */
final class DemoHistory {
    static final String FRONT_DESK = "assistants/front-desk.yaml";
    static final String CURRENT_MAX_TOKENS = "maxTokens: 400";
    static final String OLDER_MAX_TOKENS = "maxTokens: 250";

    private static final PersonIdent AUTHOR = new PersonIdent("Ferry demo", "demo@larkspur.example");

    private DemoHistory() {}

    /** Commits the files in {@code repo}, a new folder, as the history above; parts the sample lacks are skipped. */
    static void commit(Path repo, String newestAssistant) {
        Path newest = repo.resolve("assistants").resolve(newestAssistant + ".yaml");
        Path frontDesk = repo.resolve(FRONT_DESK);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            byte[] newestText = Files.exists(newest) ? Files.readAllBytes(newest) : null;
            String frontDeskText = Files.exists(frontDesk) ? Files.readString(frontDesk) : null;
            boolean olderFrontDesk = frontDeskText != null && frontDeskText.contains(CURRENT_MAX_TOKENS);
            if (newestText != null) {
                Files.delete(newest);
            }
            if (olderFrontDesk) {
                Files.writeString(frontDesk, frontDeskText.replace(CURRENT_MAX_TOKENS, OLDER_MAX_TOKENS));
            }
            commitAll(git, "Larkspur platform repo: front desk, booking, billing and the Spanish line");
            if (newestText != null) {
                Files.write(newest, newestText);
                commitAll(git, "Add the " + newestAssistant + " assistant");
            }
            if (olderFrontDesk) {
                Files.writeString(frontDesk, frontDeskText);
                commitAll(git, "Front desk: allow longer answers");
            }
        } catch (IOException | GitAPIException e) {
            throw new FerryException(ExitCode.ERROR, "cannot commit the demo repo in " + repo + ": " + e.getMessage(),
                    e);
        }
    }

    /** The demo's commits, oldest first. */
    static List<String> revisions(Path repo) {
        try (Git git = Git.open(repo.toFile())) {
            List<String> shas = new ArrayList<>();
            for (RevCommit commit : git.log().call()) {
                shas.add(0, commit.getName());
            }
            return shas;
        } catch (IOException | GitAPIException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read the demo repo's history: " + e.getMessage(), e);
        }
    }

    /** Commits the ledgers the applies wrote, as a team's CI commits {@code state/} back. */
    static void commitState(Path repo) {
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern("state").call();
            git.commit().setMessage("Record what each environment received").setAuthor(AUTHOR).setCommitter(AUTHOR)
                    .call();
        } catch (IOException | GitAPIException e) {
            throw new FerryException(ExitCode.ERROR, "cannot commit the demo's ledgers: " + e.getMessage(), e);
        }
    }

    private static void commitAll(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).call();
    }
}
