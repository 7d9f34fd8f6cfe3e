package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Both list shapes, limit, date filters, paging and the newest-first order (vapi-api.md 1.5 and 8.7). */
class ListingIT {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-05-01T08:00:00Z"));
    private SandboxServer server;
    private SandboxClient client;

    @BeforeEach
    void start() {
        server = SandboxServer.start(SandboxOptions.inMemory().withClock(clock));
        client = SandboxClient.of(server, server.org("acme-dev"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Creates {@code count} assistants, {@code perMillisecond} of them sharing each createdAt. */
    private List<String> createAssistants(int count, int perMillisecond) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0 && i % perMillisecond == 0) {
                clock.advance(Duration.ofMillis(1));
            }
            ids.add(client.post("/assistant", "{\"name\": \"a" + i + "\"}").id());
        }
        return ids;
    }

    private static List<String> ids(JsonNode array) {
        return array.valueStream().map(node -> node.path("id").asString()).toList();
    }

    @Test
    void bareListIsAnArrayLimitedTo100ByDefault() {
        createAssistants(101, 1);

        SandboxClient.Reply reply = client.get("/assistant");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().isArray()).isTrue();
        assertThat(reply.body().size()).isEqualTo(100);
        assertThat(reply.body().get(0).path("name").asString()).isEqualTo("a100");
    }

    @Test
    void limitAbove1000Is400() {
        SandboxClient.Reply reply = client.get("/assistant?limit=1001");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("message"))
                .isEqualTo(SandboxClient.json("[\"limit must not be greater than 1000\"]"));
    }

    @Test
    void limitThatIsNotANumberIs400() {
        assertThat(client.get("/tool?limit=many").body().path("message")).isEqualTo(SandboxClient.json(
                "[\"limit must be a number conforming to the specified constraints\"]"));
    }

    @Test
    void limit1000IsAccepted() {
        createAssistants(3, 1);

        assertThat(client.get("/assistant?limit=1000").body().size()).isEqualTo(3);
    }

    @Test
    void listIsNewestFirstWithTiesOrderedByIdDescending() {
        List<String> ids = createAssistants(5, 5);

        List<String> listed = ids(client.get("/assistant").body());

        assertThat(listed).containsExactlyElementsOf(ids.stream().sorted((a, b) -> b.compareTo(a)).toList());
    }

    @Test
    void pagingWithCreatedAtLeVisitsEveryObjectWhenTimestampsAreShared() {
        Set<String> created = new LinkedHashSet<>(createAssistants(250, 30));

        Set<String> seen = new LinkedHashSet<>();
        String path = "/assistant?limit=100";
        while (true) {
            JsonNode page = client.get(path).body();
            seen.addAll(ids(page));
            if (page.size() < 100) {
                break;
            }
            path = "/assistant?limit=100&createdAtLe=" + page.get(page.size() - 1).path("createdAt").asString();
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void createdAtLtSkipsObjectsThatShareTheBoundaryMillisecond() {
        createAssistants(4, 2);
        JsonNode firstPage = client.get("/assistant?limit=1").body();

        JsonNode rest = client.get("/assistant?createdAtLt=" + firstPage.get(0).path("createdAt").asString()).body();

        assertThat(rest.size()).isEqualTo(2);
    }

    @Test
    void dateFiltersCompareCreatedAtAndUpdatedAt() {
        createAssistants(3, 1); // created at .000, .001, .002
        String first = client.get("/assistant?createdAtLe=2026-05-01T08:00:00.000Z").body().get(0).path("id")
                .asString();
        clock.advance(Duration.ofSeconds(10));
        client.patch("/assistant/" + first, "{\"name\": \"touched\"}");

        assertThat(client.get("/assistant?createdAtGt=2026-05-01T08:00:00.000Z").body().size()).isEqualTo(2);
        assertThat(client.get("/assistant?createdAtGe=2026-05-01T08:00:00.001Z").body().size()).isEqualTo(2);
        assertThat(ids(client.get("/assistant?updatedAtGt=2026-05-01T08:00:05Z").body())).containsExactly(first);
        assertThat(client.get("/assistant?updatedAtLt=2026-05-01T08:00:05Z").body().size()).isEqualTo(2);
    }

    @Test
    void dateFilterThatIsNotADateIs400() {
        assertThat(client.get("/assistant?createdAtLt=yesterday").body().path("message").asString())
                .isEqualTo("createdAtLt must be a valid ISO 8601 date string");
    }

    @Test
    void unknownQueryParameterIs400() {
        assertThat(client.get("/assistant?page=2").body().path("message"))
                .isEqualTo(SandboxClient.json("[\"property page should not exist\"]"));
    }

    @Test
    void structuredOutputListIsPaginatedWithMetadata() {
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMillis(1));
            client.post("/structured-output", "{\"name\": \"so" + i + "\", \"schema\": {\"type\": \"string\"}}");
        }

        SandboxClient.Reply reply = client.get("/structured-output?limit=2&page=2");

        assertThat(reply.body().path("results").valueStream().map(node -> node.path("name").asString()).toList())
                .containsExactly("so2", "so1");
        assertThat(reply.body().path("metadata")).isEqualTo(SandboxClient.json("{\"itemsPerPage\": 2,"
                + " \"totalItems\": 5, \"currentPage\": 2, \"totalPages\": 3, \"hasNextPage\": true,"
                + " \"sortOrder\": \"DESC\"}"));
    }

    @Test
    void structuredOutputListDefaultsToPageOneOf100() {
        client.post("/structured-output", Fixtures.read("structured-output.json"));

        JsonNode metadata = client.get("/structured-output").body().path("metadata");

        assertThat(metadata).isEqualTo(SandboxClient.json("{\"itemsPerPage\": 100, \"totalItems\": 1,"
                + " \"currentPage\": 1, \"totalPages\": 1, \"hasNextPage\": false, \"sortOrder\": \"DESC\"}"));
    }

    @Test
    void structuredOutputListSortsAscendingAndFiltersByName() {
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMillis(1));
            client.post("/structured-output", "{\"name\": \"so" + i + "\", \"schema\": {\"type\": \"string\"}}");
        }

        JsonNode ascending = client.get("/structured-output?sortOrder=ASC").body().path("results");
        JsonNode named = client.get("/structured-output?name=so1").body().path("results");

        assertThat(ascending.get(0).path("name").asString()).isEqualTo("so0");
        assertThat(named.size()).isEqualTo(1);
        assertThat(client.get("/structured-output?sortOrder=NEWEST").status()).isEqualTo(400);
    }

    @Test
    void squadListFiltersByIdAny() {
        String first = client.post("/squad", Fixtures.read("squad.json")).id();
        client.post("/squad", Fixtures.read("squad.json"));

        assertThat(ids(client.get("/squad?idAny=" + first).body())).containsExactly(first);
        assertThat(client.get("/squad?idAny=front-desk").status()).isEqualTo(400);
    }

    @Test
    void v2KnowledgeBaseListTakesOnlyLimit() {
        client.post("/v2/knowledge-base", Fixtures.read("knowledge-base-v2.json"));

        assertThat(client.get("/v2/knowledge-base?limit=5").body().size()).isEqualTo(1);
        assertThat(client.get("/v2/knowledge-base?createdAtLe=2026-05-01T08:00:00Z").status()).isEqualTo(400);
    }

    @Test
    void v2PhoneNumberListIsPaginated() {
        client.post("/phone-number", Fixtures.read("phone-number-vapi.json"));

        JsonNode body = client.get("/v2/phone-number").body();

        assertThat(body.path("results").size()).isEqualTo(1);
        assertThat(body.path("metadata").path("totalItems").asInt()).isEqualTo(1);
    }
}
