package dev.ferry.vapi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP answer, read whole: status, the headers the client acts on, and the body's bytes. The
 * bytes are parsed as they are (a list page can be large); text is made only for messages and logs.
 */
record ApiResponse(int status, String reason, String contentType, String retryAfter, String location, byte[] raw) {

    ApiResponse {
        raw = raw == null ? new byte[0] : raw;
        reason = reason == null ? "" : reason;
    }

    /** The body as text. */
    String body() {
        return new String(raw, StandardCharsets.UTF_8);
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
        return declared || firstVisible() == '<';
    }

    boolean isBlank() {
        return firstVisible() == 0;
    }

    /** The first byte that is not white space, or 0 for none. */
    private byte firstVisible() {
        for (byte b : raw) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
        }
        return 0;
    }
}
