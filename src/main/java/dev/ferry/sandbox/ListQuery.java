package dev.ferry.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The query string of a list request, checked like Vapi's query DTOs (an unknown parameter is
 * refused), and its application: filters, newest first, then the bare-array or paginated shape.
 */
final class ListQuery {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final ListStyle style;
    private final int limit;
    private final int page;
    private final boolean ascending;
    private final List<Predicate<StoredObject>> filters;

    private ListQuery(ListStyle style, int limit, int page, boolean ascending, List<Predicate<StoredObject>> filters) {
        this.style = style;
        this.limit = limit;
        this.page = page;
        this.ascending = ascending;
        this.filters = List.copyOf(filters);
    }

    static ListQuery parse(ListStyle style, Map<String, String> fieldFilters, Map<String, List<String>> params) {
        Violations violations = new Violations();
        List<Predicate<StoredObject>> filters = new ArrayList<>();
        int limit = DEFAULT_LIMIT;
        int page = 1;
        boolean ascending = false;
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            String name = param.getKey();
            String value = param.getValue().get(0);
            if (name.equals("limit")) {
                limit = number(name, value, 0, MAX_LIMIT, violations);
            } else if (style.hasDateFilters() && ListStyle.DATE_FILTERS.contains(name)) {
                filters.add(dateFilter(name, Timestamps.parseFilter(name, value)));
            } else if (style.isPaginated() && name.equals("page")) {
                page = number(name, value, 1, Integer.MAX_VALUE, violations);
            } else if (style.isPaginated() && name.equals("sortOrder")) {
                violations.oneOf(Json.text(value), name, List.of("ASC", "DESC"));
                ascending = value.equals("ASC");
            } else if (style.isPaginated() && name.equals("sortBy")) {
                // Only createdAt means anything for configuration objects; the others are accepted as on the API.
                violations.oneOf(Json.text(value), name, List.of("createdAt", "duration", "cost"));
            } else if (fieldFilters.containsKey(name)) {
                filters.add(fieldFilter(name, fieldFilters.get(name), param.getValue(), violations));
            } else {
                violations.add("property " + name + " should not exist");
            }
        }
        violations.throwIfAny();
        return new ListQuery(style, limit, page, ascending, filters);
    }

    /** The response body for {@code objects}, each shown through {@code rules}. */
    JsonNode answer(List<StoredObject> objects, KindRules rules) {
        Comparator<StoredObject> order =
                ascending ? StoredObject.OLDEST_FIRST : StoredObject.OLDEST_FIRST.reversed();
        List<StoredObject> matching = objects.stream()
                .filter(object -> filters.stream().allMatch(filter -> filter.test(object)))
                .sorted(order)
                .toList();
        long skip = style.isPaginated() ? (long) (page - 1) * limit : 0;
        ArrayNode results = Json.array();
        matching.stream().skip(skip).limit(limit).forEach(object -> results.add(rules.present(object.body())));
        if (!style.isPaginated()) {
            return results;
        }
        ObjectNode body = Json.object();
        body.set("results", results);
        ObjectNode metadata = body.putObject("metadata");
        int totalPages = limit == 0 ? 0 : (matching.size() + limit - 1) / limit;
        metadata.put("itemsPerPage", limit);
        metadata.put("totalItems", matching.size());
        metadata.put("currentPage", page);
        metadata.put("totalPages", totalPages);
        metadata.put("hasNextPage", page < totalPages);
        metadata.put("sortOrder", ascending ? "ASC" : "DESC");
        return body;
    }

    private static int number(String name, String value, int min, int max, Violations violations) {
        double parsed;
        try {
            parsed = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            violations.add(name + " must be a number conforming to the specified constraints");
            return min;
        }
        violations.range(Json.number(parsed), name, min, max);
        return (int) Math.max(min, Math.min(max, Math.floor(parsed)));
    }

    private static Predicate<StoredObject> dateFilter(String name, Instant bound) {
        boolean created = name.startsWith("created");
        String operator = name.substring(name.length() - 2);
        return object -> {
            int comparison = (created ? object.createdAt() : object.updatedAt()).compareTo(bound);
            return switch (operator) {
                case "Gt" -> comparison > 0;
                case "Ge" -> comparison >= 0;
                case "Lt" -> comparison < 0;
                default -> comparison <= 0;
            };
        };
    }

    /** Exact match on one field; a repeated or comma-separated parameter (as {@code idAny}) matches any value. */
    private static Predicate<StoredObject> fieldFilter(
            String name, String field, List<String> values, Violations violations) {
        Set<String> wanted = new HashSet<>();
        for (String value : values) {
            wanted.addAll(List.of(value.split(",")));
        }
        if (field.equals("id") && name.endsWith("Any")) {
            violations.uuidArray(Json.array().addAll(wanted.stream().map(Json::text).toList()), "", name);
        }
        return object -> wanted.contains(object.body().path(field).asString(""));
    }
}
