package dev.ferry.secrets;

import dev.ferry.git.GitRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Secrets from a YAML file per environment that Git must never see ({@code secrets/dev.yaml}, listed in
 * {@code .gitignore}). {@code secrets://jira/token} is {@code jira: {token: ...}} or a top-level key
 * {@code jira/token}. A file that Git tracks is refused: its secrets would be one push from public.
 */
final class FileSecretProvider implements SecretProvider {
    private final Path file;
    private final String written;
    private JsonNode root;

    FileSecretProvider(Path repoRoot, String written) {
        if (written == null || written.isBlank()) {
            throw new SecretLookupException("the file provider needs 'path:', the secrets file of this environment");
        }
        this.written = written;
        Path path = Path.of(written);
        this.file = path.isAbsolute() ? path : repoRoot.resolve(path).normalize();
    }

    @Override
    public synchronized Optional<String> lookup(SecretRef ref) {
        JsonNode tree = root();
        JsonNode flat = tree.get(ref.path());
        JsonNode node = flat != null ? flat : tree;
        if (flat == null) {
            for (String segment : ref.segments()) {
                node = node.path(segment);
            }
        }
        if (node.isMissingNode() || node.isNull() || node.isContainer()) {
            return Optional.empty();
        }
        String value = node.asString();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String whereFor(SecretRef ref) {
        return written + " (" + String.join(".", ref.segments()) + ")";
    }

    private JsonNode root() {
        if (root != null) {
            return root;
        }
        if (!Files.isRegularFile(file)) {
            throw new SecretLookupException("secrets file " + written + " does not exist");
        }
        refuseTracked();
        try {
            JsonNode read = YAMLMapper.shared().readTree(Files.readString(file));
            root = read == null || read.isMissingNode() ? YAMLMapper.shared().createObjectNode() : read;
            return root;
        } catch (NoSuchFileException e) {
            throw new SecretLookupException("secrets file " + written + " does not exist");
        } catch (IOException e) {
            throw new SecretLookupException("cannot read secrets file " + written + " (" + e.getClass().getSimpleName()
                    + ")", e);
        } catch (JacksonException e) {
            // The parser's message may quote the line it choked on, which may hold a secret.
            throw new SecretLookupException("secrets file " + written + " is not valid YAML (line "
                    + e.getLocation().getLineNr() + ")");
        }
    }

    private void refuseTracked() {
        Optional<GitRepository> git = GitRepository.find(file.getParent() == null ? file : file.getParent());
        if (git.isEmpty()) {
            return;
        }
        try (GitRepository repository = git.get()) {
            if (repository.isTracked(file)) {
                throw new SecretLookupException("secrets file " + written + " is tracked by Git; refusing to read "
                        + "secrets that a push would publish (git rm --cached it and list it in .gitignore)");
            }
        }
    }
}
