package dev.ferry.vapi;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a bare-array list to its end (pitfall B10). Bare arrays have no cursor, so each next page asks for
 * {@code createdAtLe} of the oldest object seen: "less or equal" because bulk creates put several objects
 * in one millisecond, and "less than" would skip those past a page edge. The overlap is removed by id, and
 * paging stops when a page adds nothing new, which also covers servers that ignore {@code limit}.
 */
final class TimeWindowPager {
    static final int LIMIT = 1_000;

    private final PageFetcher fetcher;
    private final Failures failures;
    private final HttpUrl collection;

    TimeWindowPager(PageFetcher fetcher, Failures failures, HttpUrl collection) {
        this.fetcher = fetcher;
        this.failures = failures;
        this.collection = collection;
    }

    List<ObjectNode> readAll() {
        Map<String, ObjectNode> seen = new LinkedHashMap<>();
        String window = null;
        int fullPage = LIMIT;
        int largestPage = 0;
        boolean lastWasShort = false;
        while (true) {
            VapiRequest request = VapiRequest.get(url(window));
            ListPage page = fetcher.fetch(request);
            if (page.addNewTo(seen) == 0) {
                return List.copyOf(seen.values());
            }
            if (lastWasShort) {
                // A short page that was not the last means the server caps pages below our limit by itself;
                // from here on a page as large as any seen counts as full.
                fullPage = largestPage;
            }
            largestPage = Math.max(largestPage, page.size());
            Instant newest = Instant.MIN;
            Instant oldest = Instant.MAX;
            String oldestText = null;
            for (ObjectNode item : page.items()) {
                Instant created = createdAt(item, request);
                newest = created.isAfter(newest) ? created : newest;
                if (created.isBefore(oldest)) {
                    oldest = created;
                    oldestText = item.get("createdAt").stringValue();
                }
            }
            if (page.size() >= fullPage && newest.equals(oldest)) {
                // The next window would return this very page again, so the rest is out of reach.
                throw failures.incomplete(request, "a full page of " + page.size() + " objects all created at "
                        + oldestText + "; paging by createdAt cannot get past them");
            }
            lastWasShort = page.size() < fullPage;
            window = oldestText;
        }
    }

    private HttpUrl url(String window) {
        HttpUrl.Builder url = collection.newBuilder().setQueryParameter("limit", Integer.toString(LIMIT));
        if (window != null) {
            url.setQueryParameter("createdAtLe", window);
        }
        return url.build();
    }

    private Instant createdAt(ObjectNode item, VapiRequest request) {
        JsonNode value = item.path("createdAt");
        try {
            if (value.isString()) {
                return Instant.parse(value.stringValue());
            }
        } catch (DateTimeParseException unreadable) {
            // Reported below together with a missing value.
        }
        String found = value.isMissingNode() ? "none" : value.toString();
        throw failures.incomplete(request, "object " + item.get("id").stringValue() + " has no readable createdAt "
                + "(found " + found + "), which paging needs");
    }
}
