package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void splitsFieldsAndFilesKeepingBinaryContentExact() {
        String body = "--b1\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistant\r\n"
                + "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\nline one\r\nline two\r\n\r\n--b1--\r\n";

        List<Multipart.Part> parts = Multipart.parse("multipart/form-data; boundary=b1", bytes(body)).orElseThrow();

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).name()).isEqualTo("purpose");
        assertThat(parts.get(0).filename()).isNull();
        assertThat(parts.get(0).text()).isEqualTo("assistant");
        assertThat(parts.get(1).filename()).isEqualTo("a.md");
        assertThat(parts.get(1).contentType()).isEqualTo("text/markdown");
        assertThat(parts.get(1).text()).isEqualTo("line one\r\nline two\r\n");
    }

    @Test
    void readsAQuotedBoundary() {
        String body = "--x y\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.txt\"\r\n\r\nhi\r\n--x y--";

        assertThat(Multipart.parse("multipart/form-data; boundary=\"x y\"", bytes(body)).orElseThrow())
                .singleElement()
                .satisfies(part -> assertThat(part.text()).isEqualTo("hi"));
    }

    @Test
    void refusesWhatIsNotMultipart() {
        assertThat(Multipart.parse("application/json", bytes("{}"))).isEmpty();
        assertThat(Multipart.parse(null, bytes("{}"))).isEmpty();
        assertThat(Multipart.parse("multipart/form-data", bytes("--b\r\n"))).isEmpty();
    }

    @Test
    void refusesABodyThatStopsBeforeItsClosingBoundary() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\ncut off";

        assertThat(Multipart.parse("multipart/form-data; boundary=b", bytes(body))).isEmpty();
    }
}
