package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.FerryCli;
import dev.ferry.testing.TreeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ferry init DIR}: a new repo that validates, and never a second one over the first. */
class InitCommandTest {
    @TempDir
    Path temp;

    @Test
    void newRepoValidatesWithExitZero() {
        Path repo = temp.resolve("acme-voice");

        FerryCli.Result init = FerryCli.run("init", repo.toString());
        FerryCli.Result validate = FerryCli.run("validate", repo.toString());

        assertThat(init.exitCode()).isZero();
        assertThat(init.outLines()).startsWith(repo.resolve("environments.yaml").toString(),
                repo.resolve(".gitignore").toString());
        assertThat(init.errLines()).containsExactly("created a platform repo in " + repo + "; next: ferry validate "
                + repo);
        assertThat(repo.resolve("assistants")).isDirectory();
        assertThat(repo.resolve("state")).isDirectory();
        assertThat(repo.resolve("environments.yaml")).content().contains("project: acme-voice");
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.errLines()).containsExactly("validated 1 file, 0 resources: 0 errors, 0 warnings");
    }

    @Test
    void existingEnvironmentsYamlIsRefusedAndLeftAlone() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("platform"));
        Files.writeString(repo.resolve("environments.yaml"), "apiVersion: v1\nproject: mine\n");
        Map<String, String> before = TreeSnapshot.of(repo);

        FerryCli.Result result = FerryCli.run("init", repo.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("ferry: " + repo.resolve("environments.yaml") + " already "
                + "exists; 'ferry init' never overwrites a platform repo");
        assertThat(result.out()).isEmpty();
        assertThat(TreeSnapshot.of(repo)).isEqualTo(before);
    }

    @Test
    void existingGitignoreIsKept() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("platform"));
        Files.writeString(repo.resolve(".gitignore"), "notes/\n");

        FerryCli.Result result = FerryCli.run("-C", temp.toString(), "init", "platform");

        assertThat(result.exitCode()).isZero();
        assertThat(repo.resolve(".gitignore")).hasContent("notes/\n");
        assertThat(result.out()).doesNotContain(".gitignore");
        assertThat(repo.resolve("environments.yaml")).exists();
    }
}
