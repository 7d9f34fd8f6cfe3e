package dev.ferry.vapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class VapiClientListTest {
    private final MockVapi vapi = new MockVapi();

    @AfterEach
    void stopServer() {
        vapi.close();
    }

    @Test
    void readsAllOf2500ToolsWhen300ShareOneMillisecondAcrossAPageEdge() {
        // Objects 850 to 1149 share one millisecond, so the first page ends inside that group.
        FakeOrg org = FakeOrg.honouringLimit().addDistinct(850).addInOneMillisecond(300).addDistinct(1_350);
        vapi.server.setDispatcher(org);

        List<ObjectNode> tools = vapi.client().list(VapiKind.TOOL);

        assertThat(tools).hasSize(2_500);
        assertThat(tools).extracting(t -> t.get("id").stringValue()).doesNotHaveDuplicates();
        List<HttpUrl> urls = requestUrls();
        assertThat(urls).allSatisfy(url -> assertThat(url.queryParameter("limit")).isEqualTo("1000"));
        assertThat(urls.get(0).queryParameter("createdAtLe")).isNull();
        assertThat(urls.get(1).queryParameter("createdAtLe")).isEqualTo(FakeOrg.iso(FakeOrg.T0.minusMillis(850)));
        assertThat(urls).hasSize(4);
    }

    @Test
    void aFullPageCreatedInOneMillisecondIsAnErrorNotALoop() {
        vapi.server.setDispatcher(FakeOrg.honouringLimit().addInOneMillisecond(1_200));

        assertThatThrownBy(() -> vapi.client().list(VapiKind.TOOL))
                .isInstanceOf(VapiException.class)
                .hasMessage("dev: GET /tool: cannot read the whole list: a full page of 1000 objects all created at "
                        + "2026-01-01T00:00:00.000Z; paging by createdAt cannot get past them");
        assertThat(vapi.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void pagesToTheEndWhenTheServerIgnoresTheLimitAndReturns100AtMost() {
        vapi.server.setDispatcher(FakeOrg.ignoringLimit(100).addDistinct(250));

        List<ObjectNode> assistants = vapi.client().list(VapiKind.ASSISTANT);

        assertThat(assistants).hasSize(250);
        assertThat(assistants.get(249).get("name").stringValue()).isEqualTo("tool-249");
    }

    @Test
    void aServerCappedPageFilledByOneMillisecondIsAnErrorOnceTheCapIsKnown() {
        vapi.server.setDispatcher(FakeOrg.ignoringLimit(100).addDistinct(150).addInOneMillisecond(120));

        assertThatThrownBy(() -> vapi.client().list(VapiKind.ASSISTANT))
                .isInstanceOf(VapiException.class)
                .hasMessageContaining("a full page of 100 objects all created at");
    }

    @Test
    void readsStructuredOutputsPageByPageUntilTheMetadataSaysStop() {
        vapi.server.setDispatcher(numberedPages(250, 100, true));

        List<ObjectNode> outputs = vapi.client().list(VapiKind.STRUCTURED_OUTPUT);

        assertThat(outputs).hasSize(250);
        assertThat(requestUrls()).extracting(url -> url.queryParameter("page")).containsExactly("1", "2", "3");
    }

    @Test
    void acceptsABareArrayFromAPaginatedKindAndStopsWhenAPageAddsNothing() {
        ArrayNode all = JsonBody.MAPPER.createArrayNode();
        IntStream.range(0, 3).forEach(i -> all.add(JsonBody.MAPPER.createObjectNode().put("id", "so-" + i)));
        vapi.server.setDispatcher(fixed(all.toString()));

        List<ObjectNode> outputs = vapi.client().list(VapiKind.STRUCTURED_OUTPUT);

        assertThat(outputs).hasSize(3);
        assertThat(vapi.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void acceptsAResultsObjectFromABareArrayKind() {
        vapi.server.setDispatcher(numberedPages(3, 100, false));

        List<ObjectNode> squads = vapi.client().list(VapiKind.SQUAD);

        assertThat(squads).hasSize(3);
    }

    @Test
    void readsV2KnowledgeBasesInOneRequestWithOnlyALimit() {
        vapi.server.setDispatcher(FakeOrg.honouringLimit().addDistinct(12));

        List<ObjectNode> bases = vapi.client().list(VapiKind.KNOWLEDGE_BASE);

        assertThat(bases).hasSize(12);
        assertThat(requestUrls()).singleElement().satisfies(url -> {
            assertThat(url.encodedPath()).isEqualTo("/v2/knowledge-base");
            assertThat(url.queryParameterNames()).containsExactly("limit");
        });
    }

    @Test
    void aSinglePageListThatComesBackFullIsReportedAsIncomplete() {
        vapi.server.setDispatcher(FakeOrg.honouringLimit().addDistinct(1_000));

        assertThatThrownBy(() -> vapi.client().list(VapiKind.LEGACY_KNOWLEDGE_BASE))
                .isInstanceOf(VapiException.class)
                .hasMessage("dev: GET /knowledge-base: cannot read the whole list: it returned 1000 objects, the most "
                        + "one request may ask for, and this list offers no way to ask for the rest");
    }

    @Test
    void aListEntryWithoutAnIdIsRefused() {
        vapi.server.setDispatcher(fixed("[{\"name\":\"no id\"}]"));

        assertThatThrownBy(() -> vapi.client().list(VapiKind.CREDENTIAL))
                .isInstanceOf(VapiException.class)
                .hasMessage("dev: GET /credential: 200 OK but the answer was a list holding an entry without a string "
                        + "'id'");
    }

    private List<HttpUrl> requestUrls() {
        List<HttpUrl> urls = new ArrayList<>();
        for (int i = vapi.server.getRequestCount(); i > 0; i--) {
            urls.add(vapi.take().getUrl());
        }
        return urls;
    }

    /** A {@code {results, metadata}} list of {@code total} objects, {@code perPage} per page, limit ignored. */
    private static Dispatcher numberedPages(int total, int perPage, boolean withMetadata) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String pageText = request.getUrl().queryParameter("page");
                int page = pageText == null ? 1 : Integer.parseInt(pageText);
                ObjectNode body = JsonBody.MAPPER.createObjectNode();
                ArrayNode results = body.putArray("results");
                for (int i = (page - 1) * perPage; i < Math.min(total, page * perPage); i++) {
                    results.add(JsonBody.MAPPER.createObjectNode().put("id", "item-" + i)
                            .put("createdAt", FakeOrg.iso(FakeOrg.T0.minusSeconds(i))));
                }
                if (withMetadata) {
                    int pages = (total + perPage - 1) / perPage;
                    body.putObject("metadata").put("itemsPerPage", perPage).put("totalItems", total)
                            .put("currentPage", page).put("totalPages", pages);
                }
                return new MockResponse.Builder().setHeader("Content-Type", "application/json")
                        .body(body.toString()).build();
            }
        };
    }

    private static Dispatcher fixed(String body) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
            }
        };
    }
}
