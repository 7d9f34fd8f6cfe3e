package dev.ferry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ExitCode;
import dev.ferry.transcript.GoldenPathTests;
import dev.ferry.transcript.TestReport;
import dev.ferry.transcript.TranscriptResult;
import dev.ferry.workspace.Connections;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo installs scripted chat replies under which the sample transcripts pass in dev. */
class DemoTranscriptsIT {
    @TempDir
    Path folder;

    @Test
    void theSampleTranscriptsPassInTheDemosDevThroughTheTestUseCase() {
        Path repo = folder.resolve("demo");
        DemoSetup.createRepo(Path.of("samples/platform"), repo);
        DemoSetup.fill(repo, Map.of());

        TestReport report;
        try (Connections connections = new Connections(repo, Map.of())) {
            report = new GoldenPathTests(Clock.systemUTC()).run(repo, "dev", List.of(), connections, line -> { });
        }

        assertThat(report.exitCode()).as(String.join("\n", report.lines())).isEqualTo(ExitCode.OK);
        assertThat(report.results()).extracting(result -> result.transcript().id())
                .containsExactly("booking-agent/book-heating", "front-desk/gas-smell", "front-desk/leaking-pipe");
        assertThat(report.results()).allMatch(TranscriptResult::passed);
    }
}
