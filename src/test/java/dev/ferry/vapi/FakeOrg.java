package dev.ferry.vapi;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dispatcher that serves one kind's bare-array list the way Vapi does: newest first, filtered by
 * {@code createdAtLe}, cut at {@code limit} (default 100, at most 1000), or at a fixed size for a server
 * that ignores {@code limit}.
 */
final class FakeOrg extends Dispatcher {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final List<ObjectNode> objects = new ArrayList<>();
    private final Integer fixedPageSize;

    private FakeOrg(Integer fixedPageSize) {
        this.fixedPageSize = fixedPageSize;
    }

    /** Honours {@code limit} like the real API. */
    static FakeOrg honouringLimit() {
        return new FakeOrg(null);
    }

    /** Returns at most {@code pageSize} objects whatever {@code limit} says. */
    static FakeOrg ignoringLimit(int pageSize) {
        return new FakeOrg(pageSize);
    }

    /** Adds {@code count} objects, each one millisecond older than the previous; returns this. */
    FakeOrg addDistinct(int count) {
        for (int i = 0; i < count; i++) {
            add(T0.minusMillis(objects.size()));
        }
        return this;
    }

    /** Adds {@code count} objects created in one millisecond, older than all before; returns this. */
    FakeOrg addInOneMillisecond(int count) {
        Instant shared = T0.minusMillis(objects.size());
        for (int i = 0; i < count; i++) {
            add(shared);
        }
        return this;
    }

    static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    private void add(Instant createdAt) {
        ObjectNode object = JsonBody.MAPPER.createObjectNode();
        object.put("id", String.format("00000000-0000-4000-8000-%012d", objects.size()));
        object.put("createdAt", iso(createdAt));
        object.put("name", "tool-" + objects.size());
        objects.add(object);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        String le = url.queryParameter("createdAtLe");
        String limitText = url.queryParameter("limit");
        int limit = fixedPageSize != null ? fixedPageSize : limitText == null ? 100 : Integer.parseInt(limitText);
        ArrayNode page = JsonBody.MAPPER.createArrayNode();
        objects.stream()
                .filter(o -> le == null || !Instant.parse(o.get("createdAt").stringValue()).isAfter(Instant.parse(le)))
                .sorted(Comparator.comparing((ObjectNode o) -> o.get("createdAt").stringValue()).reversed()
                        .thenComparing(o -> o.get("id").stringValue()))
                .limit(limit)
                .forEach(page::add);
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(page.toString())
                .build();
    }
}
