package dev.ferry.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.ferry.diff.DisplayWidth;
import dev.ferry.render.Target;
import dev.ferry.testing.FerryCli;
import dev.ferry.workspace.ColumnState;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal pitfalls C06 to C10, each where it can be shown without a real terminal. */
class TerminalFactsTest {
    @TempDir
    Path home;

    /** ESC, then nothing ready for a moment, then {@code [B}: what a slow link delivers for Down. */
    private static final class SplitSequence extends Reader {
        private final String bytes = "\u001b[B";
        private int at;
        private int readyChecks;

        @Override
        public boolean ready() {
            // The tail of the sequence is "still on the wire" the first time the decoder looks.
            return at < bytes.length() && (at == 0 || readyChecks++ > 0);
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at >= bytes.length()) {
                return -1;
            }
            buffer[offset] = bytes.charAt(at++);
            return 1;
        }

        @Override
        public void close() {}
    }

    @Test
    void anEscapeSequenceSplitAcrossPacketsIsReadAsOneKey() throws Exception {
        InputDecoder decoder = new InputDecoder(new SplitSequence());
        decoder.addProfile(new DefaultKeyDecodingProfile());
        decoder.setTimeoutUnits(TerminalSession.ESCAPE_TIMEOUT_UNITS);

        KeyStroke key = decoder.getNextCharacter(true);

        assertThat(key.getKeyType()).isEqualTo(KeyType.ArrowDown);
    }

    @Test
    void withoutTheTimeoutTheSameBytesWouldBeEscapeThenLetters() throws Exception {
        InputDecoder decoder = new InputDecoder(new SplitSequence());
        decoder.addProfile(new DefaultKeyDecodingProfile());

        assertThat(decoder.getNextCharacter(true).getKeyType()).isEqualTo(KeyType.Escape);
    }

    @Test
    void theTerminalFactoryIsTextOnlyWithTheEscapeTimeout() throws Exception {
        var factory = TerminalSession.factory();

        assertThat(field(factory, "forceTextTerminal")).isEqualTo(true);
        assertThat(field(factory, "inputTimeout")).isEqualTo(TerminalSession.ESCAPE_TIMEOUT_UNITS);
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        var field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }

    @Test
    void cellsAgreeWithDisplayWidthWhereLanternaWouldNot() {
        Glyphs glyphs = new Glyphs();

        for (String cluster : List.of("✅", "⭐", "e\u0301", "👨‍👩‍👧", "お", "a")) {
            int width = DisplayWidth.of(cluster);
            TextCharacter cell = glyphs.cell(cluster, width, Style.PLAIN);
            assertThat(cell.isDoubleWidth()).as(cluster).isEqualTo(width == 2);
        }
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("✅")).isEqualTo(2);
    }

    @Test
    void aWorkerThreadThatTouchesTheModelFailsLoudly() throws Exception {
        try (Harness harness = Harness.start(80, 24, Harness.options(home, home, Map.of()).withoutLiveData())) {
            CompletableFuture<Void> worker = CompletableFuture.runAsync(() -> harness.app.model.update(
                    ColumnState.loading("git"), Harness.NOW));

            assertThatThrownBy(worker::get).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("post the change through UiQueue");
        }
    }

    @Test
    void withoutATerminalFerrySaysSoAndPointsAtTheCommands() {
        FerryCli.Result result = FerryCli.run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "ferry: the workbench needs an interactive terminal; without one, run a command instead:",
                "ferry validate, ferry diff --from git --to dev, ferry sandbox (ferry --help lists them all)");
        assertThat(result.err()).doesNotContain("\u001b");
    }

    @Test
    void keyNamesRoundTripThroughTheBindingsSpelling() {
        assertThat(KeyNames.of(new KeyStroke('c', true, false))).isEqualTo("Ctrl+c");
        assertThat(KeyNames.of(new KeyStroke(KeyType.ArrowDown))).isEqualTo("Down");
        assertThat(KeyNames.normalize("ctrl+C")).isEqualTo("Ctrl+c");
        assertThat(KeyNames.normalize("pagedown")).isEqualTo("PageDown");
        assertThat(KeyNames.normalize("Bogus")).isNull();
        assertThat(Target.ASSISTANT.spelling()).isEqualTo("assistant");
    }
}
