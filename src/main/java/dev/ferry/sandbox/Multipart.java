package dev.ferry.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code multipart/form-data} body (RFC 7578) split into its parts; enough for {@code POST /file}. */
final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"([^\"]+)\"|[^;\\s]+)");
    private static final Pattern DISPOSITION_PARAM = Pattern.compile("\\b(name|filename)=\"([^\"]*)\"");
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    /** One part; {@code filename} is null for a plain field. */
    record Part(String name, String filename, String contentType, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {}

    /** The parts, or empty when the content type is not multipart or the body does not parse. */
    static Optional<List<Part>> parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            return Optional.empty();
        }
        String value = boundary.group(2) != null ? boundary.group(2) : boundary.group(1);
        byte[] delimiter = ("--" + value).getBytes(StandardCharsets.US_ASCII);
        List<Part> parts = new ArrayList<>();
        int position = indexOf(body, delimiter, 0);
        while (position >= 0) {
            int afterDelimiter = position + delimiter.length;
            if (startsWith(body, afterDelimiter, new byte[] {'-', '-'})) {
                return Optional.of(parts);
            }
            int headersStart = afterDelimiter + CRLF.length;
            int headersEnd = indexOf(body, HEADER_END, headersStart);
            if (headersEnd < 0) {
                return Optional.empty();
            }
            int contentStart = headersEnd + HEADER_END.length;
            int next = indexOf(body, concat(CRLF, delimiter), contentStart);
            if (next < 0) {
                return Optional.empty();
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, next)));
            position = next + CRLF.length;
        }
        return Optional.empty();
    }

    private static Part part(String headers, byte[] content) {
        String name = null;
        String filename = null;
        String contentType = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-disposition")) {
                Matcher param = DISPOSITION_PARAM.matcher(value);
                while (param.find()) {
                    if (param.group(1).equals("name")) {
                        name = param.group(2);
                    } else {
                        filename = param.group(2);
                    }
                }
            } else if (header.equals("content-type")) {
                contentType = value;
            }
        }
        return new Part(name, filename, contentType, content);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            if (startsWith(haystack, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (offset + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
