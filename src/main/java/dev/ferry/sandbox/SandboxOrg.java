package dev.ferry.sandbox;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One fake Vapi organization of the sandbox: its name, its id (a version-5 UUID of the name, so the
 * same name has the same id in every run and on every machine) and the bearer token that selects it.
 *
 * <p>The token rule: an org registered with a token accepts exactly that token; an org registered
 * without one accepts {@code sandbox-<name>}. A request bearing {@code sandbox-<name>} for a name
 * nobody registered creates that org, empty, on first use. Tokens are never written to disk.
 *
 * @param token the bearer token this org accepts; masked in {@link #toString()}
 */
public record SandboxOrg(String name, UUID id, String token) {
    /** The namespace of org ids (an arbitrary fixed UUID chosen for Ferry): id = UUIDv5(namespace, name). */
    public static final UUID ID_NAMESPACE = UUID.fromString("4455b732-0c9a-495d-bc76-731936338110");

    /** Prefix of the default token: {@code sandbox-acme-dev} selects org {@code acme-dev}. */
    public static final String DEFAULT_TOKEN_PREFIX = "sandbox-";

    // Org names become folder names, so they are kept to a portable, traversal-free alphabet.
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

    public SandboxOrg {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("invalid sandbox org name '" + name
                    + "': use letters, digits, '.', '_' or '-', starting with a letter or digit, at most 64");
        }
    }

    public static UUID idOf(String name) {
        return Uuids.nameBased(ID_NAMESPACE, name);
    }

    public static String defaultTokenOf(String name) {
        return DEFAULT_TOKEN_PREFIX + name;
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    static SandboxOrg of(String name, String token) {
        return new SandboxOrg(name, idOf(name), token == null ? defaultTokenOf(name) : token);
    }

    @Override
    public String toString() {
        return "SandboxOrg[name=" + name + ", id=" + id + ", token=***]";
    }
}
