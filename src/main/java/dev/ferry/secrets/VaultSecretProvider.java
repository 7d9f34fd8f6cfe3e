package dev.ferry.secrets;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Secrets from HashiCorp Vault's KV version 2 engine over HTTP. {@code secrets://jira/token} with
 * {@code mount: kv, path: uat} reads {@code GET <address>/v1/kv/data/uat/jira} and takes its key
 * {@code token}; a one-segment reference takes the key {@code value}. The Vault token comes from
 * {@code VAULT_TOKEN} in the process environment. Each secret path is read once per run.
 */
final class VaultSecretProvider implements SecretProvider {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEFAULT_KEY = "value";

    private final HttpUrl address;
    private final String mount;
    private final String prefix;
    private final String token;
    private final OkHttpClient http;
    private final Map<String, JsonNode> read = new HashMap<>();

    VaultSecretProvider(String address, String mount, String prefix, String token, Duration timeout) {
        if (address == null || address.isBlank()) {
            throw new SecretLookupException("the vault provider needs 'address:', the URL of the Vault server");
        }
        this.address = HttpUrl.parse(address);
        if (this.address == null) {
            throw new SecretLookupException("vault address '" + address + "' is not an http or https URL");
        }
        if (token == null || token.isBlank()) {
            throw new SecretLookupException("the vault provider needs VAULT_TOKEN in the environment");
        }
        this.mount = mount == null || mount.isBlank() ? "secret" : trimSlashes(mount);
        this.prefix = prefix == null ? "" : trimSlashes(prefix);
        this.token = token;
        this.http = new OkHttpClient.Builder().connectTimeout(timeout).readTimeout(timeout)
                .followRedirects(false).retryOnConnectionFailure(false).build();
    }

    @Override
    public synchronized Optional<String> lookup(SecretRef ref) {
        Location location = locate(ref);
        JsonNode data = read.computeIfAbsent(location.secretPath(), this::fetch);
        JsonNode value = data.path(location.key());
        if (!value.isValueNode() || value.isNull() || value.asString().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value.asString());
    }

    @Override
    public String whereFor(SecretRef ref) {
        Location location = locate(ref);
        return "vault " + mount + "/" + location.secretPath() + " key " + location.key();
    }

    private record Location(String secretPath, String key) {}

    private Location locate(SecretRef ref) {
        List<String> segments = ref.segments();
        String key = segments.size() == 1 && prefix.isEmpty() ? DEFAULT_KEY : segments.get(segments.size() - 1);
        List<String> folders = segments.size() == 1 && prefix.isEmpty() ? segments
                : segments.subList(0, segments.size() - 1);
        String joined = String.join("/", folders);
        String secretPath = prefix.isEmpty() ? joined : joined.isEmpty() ? prefix : prefix + "/" + joined;
        return new Location(secretPath, key);
    }

    /** The secret's {@code data.data} object; empty when Vault has no such secret. */
    private JsonNode fetch(String secretPath) {
        HttpUrl url = address.newBuilder().addPathSegment("v1").addPathSegments(mount).addPathSegment("data")
                .addPathSegments(secretPath).build();
        Request request = new Request.Builder().url(url).header("X-Vault-Token", token).get().build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() == 404) {
                return JSON.createObjectNode();
            }
            if (!response.isSuccessful()) {
                throw new SecretLookupException("vault at " + address.host() + " answered " + response.code()
                        + " for " + mount + "/" + secretPath + (response.code() == 403 ? " (is VAULT_TOKEN valid "
                        + "and allowed to read it?)" : ""));
            }
            return JSON.readTree(response.body().string()).path("data").path("data");
        } catch (IOException e) {
            throw new SecretLookupException("cannot reach vault at " + address.host() + ":" + address.port() + " ("
                    + e.getClass().getSimpleName() + ")", e);
        } catch (JacksonException e) {
            throw new SecretLookupException("vault answered something that is not JSON for " + mount + "/"
                    + secretPath);
        }
    }

    private static String trimSlashes(String text) {
        return text.replaceAll("^/+|/+$", "");
    }

    void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
