package dev.ferry.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretProviderTest {
    @TempDir
    Path repo;

    private FileSecretProvider provider() {
        SampleRepo.write(repo, "secrets/dev.yaml", Fixtures.text(getClass(), "dev-secrets.yaml"));
        return new FileSecretProvider(repo, "secrets/dev.yaml");
    }

    @Test
    void secretsAreReadFromNestedKeysOrFromAKeyThatIsTheWholePath() {
        FileSecretProvider provider = provider();

        assertThat(provider.lookup(SecretRef.parse("secrets://jira/token"))).contains("canary-jira-8d1f2");
        assertThat(provider.lookup(SecretRef.parse("secrets://crm/api-key"))).contains("canary-crm-77aa");
    }

    @Test
    void anEmptyOrAbsentEntryIsMissing() {
        FileSecretProvider provider = provider();

        assertThat(provider.lookup(SecretRef.parse("secrets://webhooks/signing-key"))).isEmpty();
        assertThat(provider.lookup(SecretRef.parse("secrets://jira"))).isEmpty();
        assertThat(provider.lookup(SecretRef.parse("secrets://nobody/home"))).isEmpty();
    }

    @Test
    void aMissingFileIsNamed() {
        FileSecretProvider provider = new FileSecretProvider(repo, "secrets/uat.yaml");

        assertThatThrownBy(() -> provider.lookup(SecretRef.parse("secrets://jira/token")))
                .hasMessage("secrets file secrets/uat.yaml does not exist");
    }

    @Test
    void aFileThatGitTracksIsRefused() throws Exception {
        FileSecretProvider provider = provider();
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern("secrets/dev.yaml").call();
        }

        assertThatThrownBy(() -> provider.lookup(SecretRef.parse("secrets://jira/token")))
                .hasMessage("secrets file secrets/dev.yaml is tracked by Git; refusing to read secrets that a push "
                        + "would publish (git rm --cached it and list it in .gitignore)");
    }

    @Test
    void invalidYamlIsReportedWithoutQuotingTheFile() {
        SampleRepo.write(repo, "secrets/dev.yaml", "jira:\n  token: [canary-broken-1\n");
        FileSecretProvider provider = new FileSecretProvider(repo, "secrets/dev.yaml");

        assertThatThrownBy(() -> provider.lookup(SecretRef.parse("secrets://jira/token")))
                .hasMessageStartingWith("secrets file secrets/dev.yaml is not valid YAML")
                .hasMessageNotContaining("canary");
    }
}
