package dev.ferry.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.Environment;
import dev.ferry.demo.DemoSetup;
import dev.ferry.config.RateLimits;
import dev.ferry.diff.Change;
import dev.ferry.diff.ResourceDiff;
import dev.ferry.render.Target;
import dev.ferry.sandbox.load.CreateInOrder;
import dev.ferry.sandbox.load.RenderedObjects;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One field changed deep inside a live object of each kind: the diff names exactly that path. */
class EveryRealDiffIT {
    @TempDir
    Path folder;

    private List<Change> changesAfter(Target target, String key, Consumer<VapiClient> edit) {
        Path repo = folder.resolve("repo");
        DemoSetup.createRepo(Path.of("samples/platform"), repo);
        try (ProjectState project = ProjectState.load(repo); Connections connections = new Connections(repo, Map.of())) {
            Environment dev = project.environment("dev");
            VapiClient client = connections.client(new Environment(dev.name(), dev.org(), null, dev.api(), null,
                    dev.access(), null, false, dev.secrets(), dev.params(), new RateLimits(1000, 4)));
            new CreateInOrder(client).run(RenderedObjects.of(project.render(dev), repo));
            edit.accept(client);
            ColumnDiff.Pair pair = new ColumnDiff(repo, connections)
                    .compare(Column.parse("git"), Column.parse("dev"), null, List.of(key)).stream()
                    .filter(p -> p.key().target() == target).findFirst().orElseThrow();
            return diff(pair).changes();
        }
    }

    private static ResourceDiff diff(ColumnDiff.Pair pair) {
        return ResourceDiff.compare(pair.left().orElseThrow().tree(), pair.right().orElseThrow().tree());
    }

    private static ObjectNode named(VapiClient client, VapiKind kind, String name) {
        return client.list(kind).stream().filter(o -> name.equals(o.path("name").asString())
                || name.equals(o.path("function").path("name").asString())).findFirst().orElseThrow();
    }

    private static void patch(VapiClient client, VapiKind kind, ObjectNode object, String field) {
        client.update(kind, object.get("id").asString(), object.objectNode().set(field, object.get(field)));
    }

    @Test
    void aToolParameterDescription() {
        List<Change> changes = changesAfter(Target.TOOL, "book-appointment", client -> {
            ObjectNode tool = named(client, VapiKind.TOOL, "book_appointment");
            ((ObjectNode) tool.at("/function/parameters/properties/address")).put("description", "Street only.");
            patch(client, VapiKind.TOOL, tool, "function");
        });

        assertThat(changes).extracting(Change::path)
                .containsExactly("function.parameters.properties.address.description");
    }

    @Test
    void aSquadMembersOverride() {
        List<Change> changes = changesAfter(Target.SQUAD, "support-line", client -> {
            ObjectNode squad = named(client, VapiKind.SQUAD, "Larkspur Support Line");
            ((ObjectNode) squad.at("/members/2/assistantOverrides")).putObject("voice").put("provider", "vapi")
                    .put("voiceId", "Rohan");
            patch(client, VapiKind.SQUAD, squad, "members");
        });

        assertThat(changes).extracting(Change::path).containsExactly("members[billing-agent].assistantOverrides.voice");
        assertThat(changes).extracting(Change::kind).containsExactly(Change.Kind.ADDED);
    }

    @Test
    void onePromptLine() {
        List<Change> changes = changesAfter(Target.ASSISTANT, "booking-agent", client -> {
            ObjectNode assistant = named(client, VapiKind.ASSISTANT, "Larkspur Booking");
            ObjectNode system = (ObjectNode) assistant.at("/model/messages/0");
            system.put("content", system.get("content").asString().replace("two earliest", "three earliest"));
            patch(client, VapiKind.ASSISTANT, assistant, "model");
        });

        assertThat(changes).extracting(Change::path).containsExactly("model.messages[system].content");
    }

    @Test
    void aTrailingNewline() {
        List<Change> changes = changesAfter(Target.ASSISTANT, "billing-agent", client -> {
            ObjectNode assistant = named(client, VapiKind.ASSISTANT, "Larkspur Billing");
            ObjectNode system = (ObjectNode) assistant.at("/model/messages/0");
            system.put("content", system.get("content").asString().stripTrailing());
            patch(client, VapiKind.ASSISTANT, assistant, "model");
        });

        assertThat(changes).extracting(Change::path).containsExactly("model.messages[system].content");
        Change change = changes.get(0);
        assertThat(change.before().asString()).endsWith("\n");
        assertThat(change.after().asString()).doesNotEndWith("\n");
    }

    @Test
    void aStructuredOutputSchemaEnum() {
        List<Change> changes = changesAfter(Target.STRUCTURED_OUTPUT, "call-summary", client -> {
            ObjectNode output = named(client, VapiKind.STRUCTURED_OUTPUT, "call_summary");
            ((ArrayNode) output.at("/schema/properties/trade/enum")).add("roofing");
            client.update(VapiKind.STRUCTURED_OUTPUT, output.get("id").asString(),
                    output.objectNode().set("schema", output.get("schema")));
        });

        assertThat(changes).extracting(Change::path).containsExactly("schema.properties.trade.enum");
    }

    @Test
    void aKnowledgeBaseDescription() {
        List<Change> changes = changesAfter(Target.TOOL, "kb-service-faqs", client -> {
            ObjectNode tool = named(client, VapiKind.TOOL, "kb_service_faqs");
            ((ObjectNode) tool.at("/knowledgeBases/0")).put("description", "Prices only.");
            patch(client, VapiKind.TOOL, tool, "knowledgeBases");
        });

        assertThat(changes).extracting(Change::path).singleElement().asString()
                .startsWith("knowledgeBases[").endsWith("].description");
    }
}
