package dev.ferry.sandbox;

import java.util.List;

/** The two list families of the Vapi API, and which query parameters each takes. */
enum ListStyle {
    /** A bare JSON array; {@code limit} and the eight date filters. */
    BARE(false, true),
    /** A bare JSON array that takes {@code limit} only ({@code /v2/knowledge-base}). */
    LIMIT_ONLY(false, false),
    /** {@code {results, metadata}}; adds {@code page}, {@code sortOrder} and {@code sortBy}. */
    PAGINATED(true, true);

    static final List<String> DATE_FILTERS = List.of(
            "createdAtGt", "createdAtLt", "createdAtGe", "createdAtLe",
            "updatedAtGt", "updatedAtLt", "updatedAtGe", "updatedAtLe");

    private final boolean paginated;
    private final boolean dateFilters;

    ListStyle(boolean paginated, boolean dateFilters) {
        this.paginated = paginated;
        this.dateFilters = dateFilters;
    }

    boolean isPaginated() {
        return paginated;
    }

    boolean hasDateFilters() {
        return dateFilters;
    }
}
