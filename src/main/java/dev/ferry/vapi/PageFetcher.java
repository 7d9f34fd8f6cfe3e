package dev.ferry.vapi;

/** Fetches and checks one list page; failures arrive as {@link VapiException}. */
@FunctionalInterface
interface PageFetcher {
    ListPage fetch(VapiRequest request);
}
