package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultSpecTest {
    @Test
    void parsesEveryKey() {
        FaultSpec spec = FaultSpec.parse("latency=40,429=0.1,5xx=0.1,drop=0.05,rate=50,seed=7,retry-after=3");

        assertThat(spec).isEqualTo(new FaultSpec(
                Duration.ofMillis(40), 0.1, 0.1, 0.05, 50, 7, Duration.ofSeconds(3)));
    }

    @Test
    void keysLeftOutKeepTheirDefaults() {
        FaultSpec spec = FaultSpec.parse("5xx=0.2");

        assertThat(spec.latency()).isZero();
        assertThat(spec.tooManyRequests()).isZero();
        assertThat(spec.serverErrors()).isEqualTo(0.2);
        assertThat(spec.seed()).isZero();
        assertThat(spec.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void emptyTextAndNoneMeanNoFaults() {
        assertThat(FaultSpec.parse("").isNone()).isTrue();
        assertThat(FaultSpec.parse("none").isNone()).isTrue();
        assertThat(FaultSpec.parse(null).isNone()).isTrue();
    }

    @Test
    void spacesAroundPairsAreAllowed() {
        assertThat(FaultSpec.parse(" latency = 5 , seed=2 ").latency()).isEqualTo(Duration.ofMillis(5));
    }

    @Test
    void printedSpecParsesBackToItself() {
        FaultSpec spec = FaultSpec.parse("latency=40,429=0.1,5xx=0.1,drop=0.05,rate=50,seed=7");

        assertThat(FaultSpec.parse(spec.toString())).isEqualTo(spec);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "latency|expected key=value, found 'latency' (keys: latency, 429, 5xx, drop, rate, seed or retry-after)",
        "delay=40|unknown fault 'delay'; use latency, 429, 5xx, drop, rate, seed or retry-after",
        "latency=fast|latency must be a whole number of milliseconds, 0 or more (found 'fast')",
        "latency=-1|latency must be a whole number of milliseconds, 0 or more (found '-1')",
        "429=1.5|429 must be a share between 0 and 1, such as 0.1 (found '1.5')",
        "5xx=10%|5xx must be a share between 0 and 1, such as 0.1 (found '10%')",
        "rate=fast|rate must be a whole number of requests per second per org (0: no limit), 0 or more (found 'fast')",
        "seed=x|seed must be a whole number (found 'x')",
        "seed=1,seed=2|seed is given twice",
        "429=0.6,5xx=0.5|429 and 5xx together exceed 1 (0.6 + 0.5): each request gets at most one of them",
    })
    void badTextIsRefusedWithAMessageThatSaysWhatToWrite(String text, String message) {
        assertThatThrownBy(() -> FaultSpec.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
