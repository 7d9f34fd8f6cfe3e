package dev.ferry.gitops;

import dev.ferry.yaml.CanonicalYamlWriter;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code environments.yaml} of an imported repo: one environment per gitops environment, in
 * promotion order, each on the embedded sandbox so nothing leaves the machine until the user
 * points {@code api} at a real org. The first environment is writable, the others are written by
 * CI, and one named like production is protected. Each environment lists every param with its
 * own value, so a new environment inherits nothing by surprise.
 */
final class EnvironmentsFile {
    private static final String HEADER = """
            # Imported from a repository of Vapi's gitops tool by `ferry import --from-gitops`.
            # Every environment runs on Ferry's embedded sandbox until you point `api` at its org
            # (https://api.vapi.ai) and give it a token reference such as env:VAPI_TOKEN_DEV.
            """;

    private EnvironmentsFile() {}

    static String write(String project, List<String> environments, ParamTable params) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("apiVersion", "v1");
        root.put("project", project);
        ObjectNode all = root.putObject("environments");
        String previous = null;
        for (String name : environments) {
            ObjectNode environment = all.putObject(name);
            environment.put("org", project + "-" + name);
            environment.put("api", "sandbox");
            environment.put("access", previous == null ? "write" : "ci-only");
            if (previous != null) {
                environment.put("promotesFrom", previous);
            }
            if (GitopsLayout.rank(name) == GitopsLayout.rank("prod")) {
                environment.put("protected", true);
            }
            environment.putObject("secrets").put("provider", "env")
                    .put("prefix", name.toUpperCase(Locale.ROOT).replace('-', '_') + "_");
            if (!params.isEmpty()) {
                ObjectNode values = environment.putObject("params");
                params.valuesOf(name).forEach(values::put);
            }
            previous = name;
        }
        return HEADER + CanonicalYamlWriter.write(root);
    }
}
