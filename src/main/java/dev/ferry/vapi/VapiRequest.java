package dev.ferry.vapi;

import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;

/**
 * One logical request, before limits, retries and redaction: a JSON body for writes, or a prepared
 * multipart body for uploads. Anything but GET counts as a write, which is never resent blindly.
 */
record VapiRequest(String method, HttpUrl url, JsonNode json, RequestBody upload, String idempotencyKey) {

    static VapiRequest get(HttpUrl url) {
        return new VapiRequest("GET", url, null, null, null);
    }

    static VapiRequest write(String method, HttpUrl url, JsonNode json, String idempotencyKey) {
        return new VapiRequest(method, url, json, null, idempotencyKey);
    }

    static VapiRequest upload(HttpUrl url, RequestBody upload, String idempotencyKey) {
        return new VapiRequest("POST", url, null, upload, idempotencyKey);
    }

    boolean isRead() {
        return "GET".equals(method);
    }

    /** The path shown in messages: ids are useful there, query strings are noise. */
    String path() {
        return url.encodedPath();
    }

    /** The path and query shown in logs, where the paging window matters. */
    String target() {
        String query = url.encodedQuery();
        return query == null ? url.encodedPath() : url.encodedPath() + "?" + query;
    }
}
