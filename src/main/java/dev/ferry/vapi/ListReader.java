package dev.ferry.vapi;

import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lists every object of a kind, choosing the paging its {@link VapiKind} declares. Either response shape is
 * accepted from any list endpoint, as Vapi has changed shapes without notice. A list is returned whole or
 * not at all: a failure mid-way raises, so callers never mistake a partial list for the org's content.
 */
final class ListReader {
    private final RequestRunner runner;
    private final Failures failures;
    private final HttpUrl base;

    ListReader(RequestRunner runner, Failures failures, HttpUrl base) {
        this.runner = runner;
        this.failures = failures;
        this.base = base;
    }

    List<ObjectNode> list(VapiKind kind) {
        HttpUrl collection = base.newBuilder().addPathSegments(kind.path()).build();
        return switch (kind.paging()) {
            case CREATED_AT_WINDOW -> new TimeWindowPager(this::fetch, failures, collection).readAll();
            case PAGE_NUMBER -> new PageNumberPager(this::fetch, collection).readAll();
            case SINGLE_PAGE -> readSinglePage(collection);
        };
    }

    private List<ObjectNode> readSinglePage(HttpUrl collection) {
        HttpUrl url = collection.newBuilder()
                .setQueryParameter("limit", Integer.toString(TimeWindowPager.LIMIT))
                .build();
        VapiRequest request = VapiRequest.get(url);
        ListPage page = fetch(request);
        if (page.size() >= TimeWindowPager.LIMIT) {
            throw failures.incomplete(request, "it returned " + page.size() + " objects, the most one request may "
                    + "ask for, and this list offers no way to ask for the rest");
        }
        return page.items();
    }

    private ListPage fetch(VapiRequest request) {
        ApiResponse response = runner.run(request);
        JsonNode body = JsonBody.parse(response)
                .orElseThrow(() -> failures.unreadable(request, response, JsonBody.problem(response)));
        JsonNode array = body.isArray() ? body : body.path("results");
        if (!array.isArray()) {
            throw failures.unreadable(request, response, "neither a list nor an object with 'results'");
        }
        List<ObjectNode> items = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            if (!item.isObject() || !item.path("id").isString()) {
                throw failures.unreadable(request, response, "a list holding an entry without a string 'id'");
            }
            items.add((ObjectNode) item);
        }
        JsonNode metadata = body.isObject() ? body.path("metadata") : MissingNode.getInstance();
        return new ListPage(items, metadata);
    }
}
