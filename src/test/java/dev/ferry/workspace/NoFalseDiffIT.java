package dev.ferry.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.canonical.SecretMasker;
import dev.ferry.config.Environment;
import dev.ferry.config.Environments;
import dev.ferry.config.RateLimits;
import dev.ferry.render.LiveIndex;
import dev.ferry.render.RenderedResource;
import dev.ferry.render.Renderer;
import dev.ferry.render.Target;
import dev.ferry.sandbox.load.CreateInOrder;
import dev.ferry.sandbox.load.RenderedObjects;
import dev.ferry.schema.RepoValidator;
import dev.ferry.schema.ValidationReport;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The sample repo put into an org compares in sync; a real change in the org is found. */
class NoFalseDiffIT {
    private static final Path SAMPLE = Path.of("samples/platform");

    @TempDir
    Path home;

    private record Setup(Environments environments, List<RenderedResource> rendered) {}

    private static Setup render(String environment) {
        ValidationReport report = new RepoValidator().validate(SAMPLE, LocalDate.of(2026, 12, 4));
        Environments environments = report.environments().orElseThrow();
        Environment env = environments.find(environment).orElseThrow();
        return new Setup(environments, new Renderer(report.repo()).render(env, LiveIndex.EMPTY));
    }

    private static Environment inSandbox(Environments environments, String name) {
        Environment env = environments.find(name).orElseThrow();
        // The sample's 5 requests a second suit a real org; the in-memory sandbox needs no such care.
        return new Environment(env.name(), env.org(), null, "sandbox", null, env.access(), env.promotesFrom(),
                env.isProtected(), env.secrets(), env.params(), new RateLimits(1000, 4));
    }

    private List<ResourceState> fillAndCompare(String environment, java.util.function.Consumer<VapiClient> edit) {
        Setup setup = render(environment);
        try (Connections connections = new Connections(home, Map.of())) {
            VapiClient client = connections.client(inSandbox(setup.environments(), environment));
            new CreateInOrder(client).run(RenderedObjects.of(setup.rendered(), SAMPLE));
            edit.accept(client);
            LiveSnapshot live = LiveSnapshot.read(environment, client);
            return Comparison.compare(setup.rendered(), live, setup.environments().ignore(), SecretMasker.NONE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "uat", "prod"})
    void theSampleRepoPutIntoAnOrgIsInSyncEverywhere(String environment) {
        List<ResourceState> states = fillAndCompare(environment, client -> { });

        assertThat(states).isNotEmpty();
        assertThat(states).allSatisfy(state -> assertThat(state.status())
                .as(state.target().spelling() + "/" + state.key())
                .isEqualTo(Status.IN_SYNC));
    }

    @Test
    void aNumberWrittenAsOneAndReturnedAsOnePointZeroIsInSync() {
        List<ResourceState> states = fillAndCompare("dev", client -> {
            ObjectNode booking = find(client, VapiKind.ASSISTANT, "Larkspur Booking");
            ObjectNode model = (ObjectNode) booking.get("model").deepCopy();
            model.put("temperature", new java.math.BigDecimal("0.20"));
            client.update(VapiKind.ASSISTANT, booking.get("id").asString(), model.objectNode().set("model", model));
        });

        assertThat(state(states, Target.ASSISTANT, "booking-agent").status()).isEqualTo(Status.IN_SYNC);
    }

    @Test
    void aPromptLineChangedInTheDashboardIsPendingAndNothingElseIs() {
        List<ResourceState> states = fillAndCompare("dev", client -> {
            ObjectNode desk = find(client, VapiKind.ASSISTANT, "Larkspur Front Desk");
            ObjectNode model = (ObjectNode) desk.get("model").deepCopy();
            ObjectNode system = (ObjectNode) model.get("messages").get(0);
            system.put("content", system.get("content").asString().replace("Short sentences.", "Short answers."));
            client.update(VapiKind.ASSISTANT, desk.get("id").asString(), model.objectNode().set("model", model));
        });

        assertThat(states).filteredOn(state -> state.status() != Status.IN_SYNC)
                .extracting(ResourceState::key).containsExactly("front-desk");
        assertThat(state(states, Target.ASSISTANT, "front-desk").status()).isEqualTo(Status.PENDING);
    }

    @Test
    void anAssistantMadeByHandIsUnmanagedAndADeletedToolIsMissing() {
        List<ResourceState> states = fillAndCompare("dev", client -> {
            client.create(VapiKind.ASSISTANT, client.list(VapiKind.ASSISTANT).get(0).objectNode()
                    .put("name", "Holiday Promo"));
            ObjectNode endCall = find(client, VapiKind.TOOL, "end_call");
            client.delete(VapiKind.TOOL, endCall.get("id").asString());
        });

        assertThat(state(states, Target.ASSISTANT, "holiday-promo").status()).isEqualTo(Status.UNMANAGED);
        assertThat(state(states, Target.TOOL, "end-call").status()).isEqualTo(Status.MISSING);
    }

    private static ObjectNode find(VapiClient client, VapiKind kind, String name) {
        return client.list(kind).stream().filter(o -> name.equals(o.path("name").asString())
                || name.equals(o.path("function").path("name").asString())).findFirst().orElseThrow();
    }

    private static ResourceState state(List<ResourceState> states, Target target, String key) {
        return states.stream().filter(s -> s.target() == target && s.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no state for " + target.spelling() + "/" + key));
    }
}
