package dev.ferry.vapi;

import java.util.Locale;

/** One HTTP answer, read whole: status, the headers the client acts on, and the body as text. */
record ApiResponse(int status, String reason, String contentType, String retryAfter, String location, String body) {

    ApiResponse {
        body = body == null ? "" : body;
        reason = reason == null ? "" : reason;
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    boolean isServerError() {
        return status >= 500 && status < 600;
    }

    boolean isTooManyRequests() {
        return status == 429;
    }

    boolean isRedirect() {
        return status >= 300 && status < 400;
    }

    /** An error page from a proxy or gateway rather than the API, judged by header or by first character. */
    boolean isHtml() {
        boolean declared = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        return declared || body.stripLeading().startsWith("<");
    }

    boolean isBlank() {
        return body.isBlank();
    }
}
