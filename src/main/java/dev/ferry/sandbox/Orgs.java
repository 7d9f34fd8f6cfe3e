package dev.ferry.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The orgs a sandbox serves and the token rule of {@link SandboxOrg}: which org a bearer token
 * selects, and creating an org on first use of its default token. The latest registration of a name
 * wins, so the process that starts the sandbox decides an org's token.
 */
final class Orgs {
    private final Persistence persistence;
    private final Map<String, OrgData> byName = new HashMap<>();
    private final Map<String, SandboxOrg> registered = new HashMap<>();
    private final Map<String, String> nameByToken = new HashMap<>();

    Orgs(Persistence persistence) {
        this.persistence = persistence;
        for (String name : persistence.orgNames()) {
            register(name, null);
        }
    }

    /** Registers {@code name} with {@code token} (null: the default token), keeping any data it has. */
    synchronized SandboxOrg register(String name, String token) {
        SandboxOrg org = SandboxOrg.of(name, token);
        String owner = nameByToken.get(org.token());
        if (owner != null && !owner.equals(name)) {
            throw new IllegalArgumentException("the token given for sandbox org '" + name
                    + "' already selects org '" + owner + "'; each org needs its own token");
        }
        if (token != null && token.startsWith(SandboxOrg.DEFAULT_TOKEN_PREFIX)
                && !token.equals(SandboxOrg.defaultTokenOf(name))) {
            throw new IllegalArgumentException("tokens starting with '" + SandboxOrg.DEFAULT_TOKEN_PREFIX
                    + "' are reserved for the default token of the org they name");
        }
        SandboxOrg previous = registered.put(name, org);
        if (previous != null) {
            nameByToken.remove(previous.token());
        }
        nameByToken.put(org.token(), name);
        byName.computeIfAbsent(name, unused -> new OrgData(org, persistence));
        return org;
    }

    /** The org {@code name}, registered with its default token if nobody registered it yet. */
    synchronized SandboxOrg org(String name) {
        SandboxOrg org = registered.get(name);
        return org != null ? org : register(name, null);
    }

    /** The org the bearer token selects, creating it on first use of a default token; empty means 401. */
    synchronized Optional<OrgData> authenticate(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String name = nameByToken.get(token);
        if (name == null && token.startsWith(SandboxOrg.DEFAULT_TOKEN_PREFIX)) {
            String candidate = token.substring(SandboxOrg.DEFAULT_TOKEN_PREFIX.length());
            if (SandboxOrg.isValidName(candidate) && !registered.containsKey(candidate)) {
                name = register(candidate, null).name();
            }
        }
        return Optional.ofNullable(name).map(byName::get);
    }

    synchronized List<SandboxOrg> list() {
        List<SandboxOrg> all = new ArrayList<>(registered.values());
        all.sort(Comparator.comparing(SandboxOrg::name));
        return all;
    }
}
