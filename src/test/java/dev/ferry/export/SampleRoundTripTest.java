package dev.ferry.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleRoundTripTest {
    @TempDir
    Path folder;

    @Test
    void everySampleResourceRendersBackToItsLiveObjectAfterExport() {
        List<LiveObject> live = RoundTrip.liveFromSample("dev");

        RoundTrip.Result result = RoundTrip.run(live, RoundTrip.emptyRepo(folder.resolve("repo")), "dev",
                ExportOptions.all());

        assertThat(RoundTrip.describe(result)).isEmpty();
        assertThat(result.pairs()).hasSize(live.size());
    }

    @Test
    void exportedFilesAreAlreadyFormatted() {
        Path repo = RoundTrip.emptyRepo(folder.resolve("repo"));
        new Exporter().export(RoundTrip.liveFromSample("dev"), RoundTrip.environment("dev"), ExportOptions.all())
                .write(repo, false);

        FormatReport report = new Formatter().plan(repo);

        assertThat(report.problems()).isEmpty();
        assertThat(report.changed()).isEmpty();
    }
}
