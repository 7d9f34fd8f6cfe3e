package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    @Test
    void formatAlwaysWritesThreeFractionDigitsAndZ() {
        assertThat(Timestamps.format(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000Z");
        assertThat(Timestamps.format(Instant.parse("2025-11-12T00:46:02.094Z")))
                .isEqualTo("2025-11-12T00:46:02.094Z");
    }

    @Test
    void nowDropsEverythingBelowTheMillisecond() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678912Z"), ZoneOffset.UTC);

        assertThat(Timestamps.now(clock)).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
    }

    @Test
    void filterValuesMayCarryAnOffsetOrBeAPlainDate() {
        assertThat(Timestamps.parseFilter("createdAtLt", "2026-01-02T04:04:05.678+01:00"))
                .isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
        assertThat(Timestamps.parseFilter("createdAtLt", "2026-01-02"))
                .isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
    }

    @Test
    void filterValueThatIsNoDateIsA400NamingTheParameter() {
        assertThatThrownBy(() -> Timestamps.parseFilter("updatedAtGe", "last week"))
                .isInstanceOf(ApiError.class)
                .satisfies(error -> assertThat(((ApiError) error).body().path("message").asString())
                        .isEqualTo("updatedAtGe must be a valid ISO 8601 date string"));
    }
}
