package dev.ferry.vapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@code {results, metadata}} list page by page. The metadata says when to stop; when it is absent
 * (or the server sent a bare array after all) paging goes on until a page adds no new id.
 */
final class PageNumberPager {
    private final PageFetcher fetcher;
    private final HttpUrl collection;

    PageNumberPager(PageFetcher fetcher, HttpUrl collection) {
        this.fetcher = fetcher;
        this.collection = collection;
    }

    List<ObjectNode> readAll() {
        Map<String, ObjectNode> seen = new LinkedHashMap<>();
        for (int page = 1; ; page++) {
            HttpUrl url = collection.newBuilder()
                    .setQueryParameter("limit", Integer.toString(TimeWindowPager.LIMIT))
                    .setQueryParameter("page", Integer.toString(page))
                    .build();
            ListPage listed = fetcher.fetch(VapiRequest.get(url));
            if (listed.addNewTo(seen) == 0 || isLast(listed.metadata(), page, seen.size())) {
                return List.copyOf(seen.values());
            }
        }
    }

    private static boolean isLast(JsonNode metadata, int page, int seenSoFar) {
        if (metadata.path("hasNextPage").isBoolean()) {
            return !metadata.get("hasNextPage").booleanValue();
        }
        if (metadata.path("totalPages").isNumber()) {
            return metadata.path("currentPage").asInt(page) >= metadata.get("totalPages").asInt();
        }
        if (metadata.path("totalItems").isNumber()) {
            return seenSoFar >= metadata.get("totalItems").asLong();
        }
        return false;
    }
}
