package dev.ferry.vapi;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One page of a list: its objects in server order and the {@code metadata} block when there is one. */
record ListPage(List<ObjectNode> items, JsonNode metadata) {

    ListPage {
        items = List.copyOf(items);
    }

    int size() {
        return items.size();
    }

    /** Adds the objects not seen before, keyed by id, and says how many were new. */
    int addNewTo(Map<String, ObjectNode> seen) {
        int added = 0;
        for (ObjectNode item : items) {
            if (seen.putIfAbsent(item.get("id").stringValue(), item) == null) {
                added++;
            }
        }
        return added;
    }
}
