package dev.ferry.workspace;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Environment;
import dev.ferry.sandbox.SandboxHost;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxOrg;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiClientBuilder;
import dev.ferry.vapi.VapiEndpoint;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Opens one Vapi client per environment of a platform repo. {@code api: sandbox} starts the
 * embedded sandbox for the repo (or joins the Ferry process that already serves it), and
 * {@code FERRY_<ENV>_API} in the process environment overrides an environment's {@code api} for
 * this run. Closing releases every client and the sandbox, if this process started it.
 */
public final class Connections implements AutoCloseable {
    private final Path repoRoot;
    private final Map<String, String> env;
    private final TokenResolver tokens;
    private final Map<String, VapiClient> clients = new LinkedHashMap<>();
    private final Consumer<VapiClientBuilder> settings;
    private SandboxHost sandbox;

    public Connections(Path repoRoot, Map<String, String> env) {
        this(repoRoot, env, builder -> { });
    }

    /**
     * Connections whose clients {@code settings} adjusts before they are built: an audit listener for a
     * run, or a fake clock and a short retry policy in tests.
     */
    public Connections(Path repoRoot, Map<String, String> env, Consumer<VapiClientBuilder> settings) {
        this.repoRoot = repoRoot;
        this.env = Map.copyOf(env);
        this.tokens = new TokenResolver(repoRoot, env);
        this.settings = settings;
    }

    /** The platform repo these connections serve; its ledgers are under {@code state/}. */
    public Path repoRoot() {
        return repoRoot;
    }

    /** The client for an environment, opened on first use. */
    public synchronized VapiClient client(Environment environment) {
        VapiClient existing = clients.get(environment.name());
        if (existing != null) {
            return existing;
        }
        VapiClientBuilder builder = VapiClient.builder(endpoint(environment));
        settings.accept(builder);
        VapiClient client = builder.build();
        clients.put(environment.name(), client);
        return client;
    }

    /** The base URL and token an environment is reached with, after overrides. */
    public synchronized VapiEndpoint endpoint(Environment environment) {
        String api = apiOf(environment);
        if (Environment.SANDBOX.equals(api)) {
            String token = tokens.resolve(environment).orElse(null);
            SandboxOrg org = sandbox().org(environment.org(), token);
            return new VapiEndpoint(environment.name(), sandbox().baseUrl().toString(), org.token(),
                    environment.limits());
        }
        String token = tokens.resolve(environment).orElseGet(() -> defaultSandboxToken(environment, api));
        return new VapiEndpoint(environment.name(), api, token, environment.limits());
    }

    /** {@code FERRY_UAT_API} for environment {@code uat}; {@code FERRY_EU_PROD_API} for {@code eu-prod}. */
    static String overrideVariable(String environment) {
        return "FERRY_" + environment.toUpperCase(Locale.ROOT).replace('-', '_') + "_API";
    }

    String apiOf(Environment environment) {
        String override = env.get(overrideVariable(environment.name()));
        return override == null || override.isBlank() ? environment.api() : override.strip();
    }

    /** A token-less environment pointed at a sandbox over loopback uses the org's default sandbox token. */
    private static String defaultSandboxToken(Environment environment, String api) {
        if (api.startsWith("http://127.") || api.startsWith("http://localhost") || api.startsWith("http://[::1]")) {
            return SandboxOrg.defaultTokenOf(environment.org());
        }
        throw new FerryException(ExitCode.ERROR, environment.name() + ": no token for " + api
                + "; set token: env:NAME in environments.yaml");
    }

    private SandboxHost sandbox() {
        if (sandbox == null) {
            sandbox = SandboxHost.forRepo(repoRoot, SandboxOptions.inMemory());
        }
        return sandbox;
    }

    @Override
    public synchronized void close() {
        clients.values().forEach(VapiClient::close);
        clients.clear();
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
