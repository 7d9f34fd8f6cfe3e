package dev.ferry.demo;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiKind;
import tools.jackson.databind.node.ObjectNode;

/** Changes made through the API the way a person makes them in Vapi's dashboard, for the demo. */
final class DashboardEdits {
    private DashboardEdits() {}

    static void editPrompt(VapiClient client, String assistantName, String from, String to) {
        ObjectNode assistant = find(client, VapiKind.ASSISTANT, assistantName);
        ObjectNode model = (ObjectNode) assistant.get("model").deepCopy();
        ObjectNode system = (ObjectNode) model.get("messages").get(0);
        system.put("content", system.get("content").asString().replace(from, to));
        client.update(VapiKind.ASSISTANT, assistant.get("id").asString(), model.objectNode().set("model", model));
    }

    static void editToolTimeout(VapiClient client, String functionName, int seconds) {
        ObjectNode tool = find(client, VapiKind.TOOL, functionName);
        ObjectNode server = (ObjectNode) tool.get("server").deepCopy();
        server.put("timeoutSeconds", seconds);
        client.update(VapiKind.TOOL, tool.get("id").asString(), server.objectNode().set("server", server));
    }

    private static ObjectNode find(VapiClient client, VapiKind kind, String name) {
        return client.list(kind).stream()
                .filter(o -> name.equals(o.path("name").asString())
                        || name.equals(o.path("function").path("name").asString()))
                .findFirst()
                .orElseThrow(() -> new FerryException(ExitCode.ERROR, "the demo expected " + kind.displayName()
                        + " '" + name + "' in the org"));
    }
}
