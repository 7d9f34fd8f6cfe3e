package dev.ferry.secrets;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Resolves the secret references of one environment's payloads, all of them before anything is
 * written: a plan or apply with any reference unresolved stops, naming each reference and where it was
 * looked for, never a value.
 */
public final class SecretResolver {
    private final String environment;
    private final Supplier<SecretProvider> provider;

    /** @param provider made on first need, so a repo without references needs no provider set up */
    public SecretResolver(String environment, Supplier<SecretProvider> provider) {
        this.environment = environment;
        this.provider = provider;
    }

    /**
     * Every reference's value, in memory.
     *
     * @throws FerryException (exit 1) listing every reference that is missing or could not be looked up
     */
    public ResolvedSecrets resolve(Collection<SecretRef> refs, Fingerprints fingerprints) {
        Map<SecretRef, String> values = new TreeMap<>();
        if (refs.isEmpty()) {
            return new ResolvedSecrets(values, fingerprints);
        }
        SecretProvider source;
        try {
            source = provider.get();
        } catch (SecretLookupException e) {
            throw new FerryException(ExitCode.ERROR, environment + ": cannot resolve secrets: " + e.getMessage()
                    + "; nothing was written");
        }
        List<String> problems = new ArrayList<>();
        for (SecretRef ref : new TreeSet<>(refs)) {
            try {
                Optional<String> value = source.lookup(ref);
                if (value.isPresent()) {
                    values.put(ref, value.get());
                } else {
                    problems.add(ref.uri() + " is not set (looked for " + source.whereFor(ref) + ")");
                }
            } catch (SecretLookupException e) {
                problems.add(ref.uri() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new FerryException(ExitCode.ERROR, environment + ": " + problems.size() + " secret reference(s) "
                    + "cannot be resolved; nothing was written:\n  " + String.join("\n  ", problems));
        }
        return new ResolvedSecrets(values, fingerprints);
    }
}
