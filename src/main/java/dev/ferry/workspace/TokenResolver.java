package dev.ferry.workspace;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Environment;
import dev.ferry.config.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves an environment's token reference: {@code env:NAME} from the process environment,
 * {@code file:PATH} from a file (relative to the repo, which must not be tracked, or absolute).
 * Messages name the reference, never the value. {@code secrets://PATH} asks the environment's own
 * secrets provider, like any other secret reference.
 */
final class TokenResolver {
    private final Path repoRoot;
    private final Map<String, String> env;

    TokenResolver(Path repoRoot, Map<String, String> env) {
        this.repoRoot = repoRoot;
        this.env = Map.copyOf(env);
    }

    /** The token, or empty when the environment has none (allowed only on the sandbox). */
    Optional<String> resolve(Environment environment) {
        String reference = environment.token();
        if (reference == null) {
            return Optional.empty();
        }
        if (reference.startsWith("env:")) {
            String name = reference.substring(4);
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                throw new FerryException(ExitCode.ERROR, environment.name() + ": token " + reference
                        + " is not set; export " + name + " with the environment's private API key");
            }
            return Optional.of(value.strip());
        }
        if (reference.startsWith("file:")) {
            return Optional.of(readFile(environment, reference.substring(5)));
        }
        if (reference.startsWith(dev.ferry.secrets.SecretRef.SCHEME)) {
            return Optional.of(fromProvider(environment, reference));
        }
        throw new FerryException(ExitCode.ERROR, environment.name() + ": token " + reference
                + " is not a token reference; use env:NAME, file:PATH or secrets://PATH");
    }

    private String fromProvider(Environment environment, String reference) {
        dev.ferry.secrets.SecretRef ref;
        try {
            ref = dev.ferry.secrets.SecretRef.parse(reference);
        } catch (IllegalArgumentException e) {
            throw new FerryException(ExitCode.ERROR, environment.name() + ": token " + e.getMessage());
        }
        try {
            dev.ferry.secrets.SecretProvider provider = dev.ferry.secrets.SecretProviders.forEnvironment(environment,
                    repoRoot, dev.ferry.config.ProcessEnv.of(env));
            return provider.lookup(ref).map(String::strip).orElseThrow(() -> new FerryException(ExitCode.ERROR,
                    environment.name() + ": token " + reference + " is not set (looked for " + provider.whereFor(ref)
                            + ")"));
        } catch (dev.ferry.secrets.SecretLookupException e) {
            throw new FerryException(ExitCode.ERROR, environment.name() + ": token " + reference + ": "
                    + e.getMessage());
        }
    }

    private String readFile(Environment environment, String written) {
        Path path = Path.of(written).isAbsolute() ? Path.of(written) : resolveInRepo(environment, written);
        try {
            String value = Files.readString(path, StandardCharsets.UTF_8).strip();
            if (value.isEmpty()) {
                throw new FerryException(ExitCode.ERROR, environment.name() + ": token file " + written + " is empty");
            }
            return value;
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, environment.name() + ": cannot read token file " + written
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Path resolveInRepo(Environment environment, String written) {
        RepoPaths.Resolution resolution = RepoPaths.resolve(repoRoot, written);
        if (resolution instanceof RepoPaths.Found found) {
            return found.path();
        }
        throw new FerryException(ExitCode.ERROR, environment.name() + ": token file " + written + ": "
                + ((RepoPaths.Problem) resolution).message());
    }
}
