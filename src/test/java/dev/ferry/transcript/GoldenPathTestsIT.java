package dev.ferry.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ExitCode;
import dev.ferry.ledger.LedgerStore;
import dev.ferry.ledger.TestVerdict;
import dev.ferry.sandbox.FaultSpec;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.SandboxRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code ferry test} against the sandbox's scripted stand-in model, on the sample repo's transcripts. */
class GoldenPathTestsIT {
    @TempDir
    Path folder;

    private SandboxRepo repo;
    private String sha;

    @BeforeEach
    void applyDev() {
        repo = SandboxRepo.start(folder, FaultSpec.NONE).withDemoChatRules();
        sha = repo.commitAll("platform");
        FerryCli.Result applied = repo.ferry("apply", "--env", "dev", "--approve");
        assertThat(applied.exitCode()).as(applied.err()).isZero();
    }

    @AfterEach
    void stop() {
        repo.close();
    }

    @Test
    void everyTranscriptPassesAndTheVerdictIsRecordedWithTheAppliedSha() {
        FerryCli.Result result = repo.ferry("test", "--env", "dev");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.outLines()).containsExactly(
                "booking-agent/book-heating: passed (tests/booking-agent/book-heating.yaml)",
                "  turn 1: passed",
                "front-desk/gas-smell: passed (tests/front-desk/gas-smell.yaml)",
                "  turn 1: passed",
                "front-desk/leaking-pipe: passed (tests/front-desk/leaking-pipe.yaml)",
                "  turn 1: passed",
                "  turn 2: passed",
                "  turn 3: passed",
                "dev: 3 transcript(s), 3 passed, 0 failed");
        TestVerdict verdict = LedgerStore.open(repo.root(), "dev").snapshot().testVerdict().orElseThrow();
        assertThat(verdict.sha()).isEqualTo(sha);
        assertThat(verdict.isPassed()).isTrue();
        assertThat(verdict.complete()).isTrue();
        assertThat(verdict.passed()).isEqualTo(3);
        assertThat(verdict.at()).isNotBlank();
    }

    @Test
    void aReplyWithoutTheExpectedTextExitsSixAndNamesTheTurnAndWhy() {
        repo.edit("tests/front-desk/leaking-pipe.yaml", "replyContains: [plumb]", "replyContains: [electrician]");

        FerryCli.Result result = repo.ferry("test", "--env", "dev");

        assertThat(result.exitCode()).isEqualTo(ExitCode.TESTS_FAILED);
        assertThat(result.outLines()).contains(
                "front-desk/leaking-pipe: failed (tests/front-desk/leaking-pipe.yaml)",
                "  turn 1: failed: reply does not contain \"electrician\"; the reply was \"That sounds like a job "
                        + "for a plumber. What is the address, and when would suit you?\"",
                "  turn 2: passed",
                "dev: 3 transcript(s), 2 passed, 1 failed");
        TestVerdict verdict = LedgerStore.open(repo.root(), "dev").snapshot().testVerdict().orElseThrow();
        assertThat(verdict.isPassed()).isFalse();
        assertThat(verdict.failed()).isEqualTo(1);
    }

    @Test
    void aToolCalledWithOtherArgumentsFailsAndShowsWhatItWasCalledWith() {
        repo.edit("tests/booking-agent/book-heating.yaml", "trade: heating", "trade: electrical");

        FerryCli.Result result = repo.ferry("test", "--env", "dev", "booking-agent");

        assertThat(result.exitCode()).isEqualTo(ExitCode.TESTS_FAILED);
        assertThat(result.outLines()).contains("  turn 1: failed: book_appointment was called, but not with "
                + "{\"trade\":\"electrical\",\"window\":\"2026-12-07 08:00-10:00\"}; it was called with "
                + "{\"trade\":\"heating\",\"address\":\"on file\",\"window\":\"2026-12-07 08:00-10:00\"}");
    }

    @Test
    void aCallThatDoesNotEndFailsTheEndedExpectation() {
        repo.edit("tests/front-desk/gas-smell.yaml", "ended: false", "ended: true");

        FerryCli.Result result = repo.ferry("test", "--env", "dev", "front-desk");

        assertThat(result.exitCode()).isEqualTo(ExitCode.TESTS_FAILED);
        assertThat(result.outLines()).contains("  turn 1: failed: the call did not end: no call to endCall or "
                + "end_call; calls made: none");
    }

    @Test
    void aMalformedTranscriptIsInvalidConfigurationWithFileLineAndColumnAndNothingIsSent() {
        SampleRepo.write(repo.root(), "tests/front-desk/broken.yaml", """
                turns:
                  - user: Hello
                    expect:
                      replyContain: hi
                """);
        long before = repo.server().requestCount();

        FerryCli.Result result = repo.ferry("test", "--env", "dev");
        FerryCli.Result validate = repo.ferry("validate");

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_CONFIG);
        assertThat(result.err()).startsWith("ferry: " + repo.root() + " is not valid (1 error(s); run ferry "
                + "validate): tests/front-desk/broken.yaml:4:7: error: turns[0].expect.replyContain: unknown field "
                + "'replyContain' [schema]");
        assertThat(validate.exitCode()).isEqualTo(ExitCode.INVALID_CONFIG);
        assertThat(validate.err()).contains("tests/front-desk/broken.yaml:4:7: error: turns[0].expect.replyContain: "
                + "unknown field 'replyContain' [schema]");
        assertThat(repo.server().requestCount()).isEqualTo(before);
        assertThat(LedgerStore.open(repo.root(), "dev").snapshot().testVerdict()).isEmpty();
    }

    @Test
    void aTranscriptWhoseAssistantIsNotInTheEnvironmentFailsWithAClearMessage() {
        FerryCli.Result result = repo.ferry("test", "--env", "uat");

        assertThat(result.exitCode()).isEqualTo(ExitCode.TESTS_FAILED);
        assertThat(result.outLines()).startsWith(
                "booking-agent/book-heating: failed: assistant 'booking-agent' is not in uat (no live assistant named "
                        + "'Larkspur Booking'); apply it first: ferry apply --env uat booking-agent",
                "front-desk/gas-smell: failed: assistant 'front-desk' is not in uat (no live assistant named "
                        + "'Larkspur Front Desk'); apply it first: ferry apply --env uat front-desk");
    }

    @Test
    void anAssistantWithoutTranscriptsIsAUsageError() {
        FerryCli.Result result = repo.ferry("test", "--env", "dev", "billing-agent");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("ferry: no transcripts for 'billing-agent'; they live in "
                + "tests/billing-agent/*.yaml\n");
    }

    @Test
    void jsonOutputCarriesEveryTurnAndItsReply() {
        FerryCli.Result result = repo.ferry("test", "--env", "dev", "booking-agent", "--output", "json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"verdict\" : \"passed\"", "\"id\" : \"booking-agent/book-heating\"",
                "\"reply\" : \"You're booked. A heating engineer will come on 7 December between 8 and 10.\"",
                "\"complete\" : false");
    }

    @Test
    void junitXmlHasASuitePerTranscriptACasePerTurnAndTheFailureMessage() throws Exception {
        repo.edit("tests/front-desk/leaking-pipe.yaml", "replyContains: booked", "replyContains: cancelled");
        Path junit = folder.resolve("reports/ferry-test.xml");

        FerryCli.Result result = repo.ferry("test", "--env", "dev", "--junit", junit.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.TESTS_FAILED);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(junit));
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("5");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("0");
        assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(3);
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        Element failedCase = (Element) failure.getParentNode();
        assertThat(failedCase.getAttribute("classname")).isEqualTo("front-desk/leaking-pipe");
        assertThat(failedCase.getAttribute("name")).isEqualTo("turn 2: 14 Elm Street, Riverton RV2 4LP. Tomorrow "
                + "morning works.");
        assertThat(failure.getAttribute("message")).isEqualTo("reply does not contain \"cancelled\"; the reply was "
                + "\"You're booked. A plumber will come tomorrow between 8 and 10 in the morning.\"");
    }
}
