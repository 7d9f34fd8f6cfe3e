package dev.ferry.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.FerryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoryIT {
    @TempDir
    Path folder;

    private static final PersonIdent WHO = new PersonIdent("Test", "test@example.invalid");

    private Path repoWithPlatformFolder() throws Exception {
        Path top = folder.resolve("company");
        Path platform = top.resolve("voice/platform");
        Files.createDirectories(platform.resolve("prompts"));
        Files.writeString(platform.resolve("environments.yaml"), "apiVersion: v1\n");
        Files.writeString(platform.resolve("prompts/a.md"), "first\n");
        Files.writeString(top.resolve("README.md"), "not platform\n");
        try (Git git = Git.init().setDirectory(top.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("one").setAuthor(WHO).setCommitter(WHO).call();
            Files.writeString(platform.resolve("prompts/a.md"), "second\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("two").setAuthor(WHO).setCommitter(WHO).call();
        }
        Files.writeString(platform.resolve("prompts/a.md"), "uncommitted\n");
        return platform;
    }

    @Test
    void readsThePlatformFolderAtARevisionWithoutTouchingTheWorkTree() throws Exception {
        Path platform = repoWithPlatformFolder();
        Path out = folder.resolve("at-rev");

        try (GitRepository git = GitRepository.find(platform).orElseThrow()) {
            git.materialize("HEAD~1", out);

            assertThat(git.prefix()).isEqualTo("voice/platform");
        }

        assertThat(Files.readString(out.resolve("prompts/a.md"))).isEqualTo("first\n");
        assertThat(out.resolve("README.md")).doesNotExist();
        assertThat(Files.readString(platform.resolve("prompts/a.md"))).isEqualTo("uncommitted\n");
    }

    @Test
    void anUnknownRevisionIsAUsageErrorNamingIt() throws Exception {
        Path platform = repoWithPlatformFolder();

        try (GitRepository git = GitRepository.find(platform).orElseThrow()) {
            assertThatThrownBy(() -> git.resolve("no-such-branch"))
                    .isInstanceOf(FerryException.class)
                    .hasMessageStartingWith("no Git revision 'no-such-branch' in ");
        }
    }

    @Test
    void aFolderOutsideGitHasNoRepository() {
        assertThat(GitRepository.find(folder)).isEmpty();
    }

    @Test
    void worksInsideALinkedWorktree() throws Exception {
        Path platform = repoWithPlatformFolder();
        Path top = platform.getParent().getParent();
        Path linked = folder.resolve("linked");
        assumeTrue(run(top, "git", "worktree", "add", "-q", linked.toString(), "-b", "side"),
                "the git command is needed to make a linked worktree");

        try (GitRepository git = GitRepository.find(linked.resolve("voice/platform")).orElseThrow()) {
            assertThat(git.head()).isPresent();
            assertThat(git.prefix()).isEqualTo("voice/platform");
            git.materialize("HEAD", folder.resolve("from-linked"));
        }
        assertThat(Files.readString(folder.resolve("from-linked/prompts/a.md"))).isEqualTo("second\n");
    }

    private static boolean run(Path dir, String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
