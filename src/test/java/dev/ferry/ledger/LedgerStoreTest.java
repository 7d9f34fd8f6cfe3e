package dev.ferry.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.render.Target;
import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerStoreTest {
    @TempDir
    Path repo;

    private static LedgerEntry entry(Target target, String key, String id) {
        return new LedgerEntry(target, key, "Tool", key, id, "3d7fad4", "h-" + key, List.of("function", "type"),
                Map.of("Bearer ${secrets://jira/token}", "f1"), "2026-06-01T10:00:00Z", "run-1");
    }

    @Test
    void noLedgerIsAnEmptyLedgerThatSaysItDoesNotExist() {
        Ledger ledger = LedgerStore.open(repo, "dev").snapshot();

        assertThat(ledger.exists()).isFalse();
        assertThat(ledger.entries()).isEmpty();
    }

    @Test
    void savedEntriesReadBackAndTheFileIsSortedByResource() throws Exception {
        LedgerStore store = LedgerStore.open(repo, "dev");
        store.put(entry(Target.TOOL, "zeta", "id-2"));
        store.put(entry(Target.TOOL, "alpha", "id-1"));
        store.applied(new AppliedRevision("3d7fad4", false, "run-1", "2026-06-01T10:00:00Z"));

        store.save();

        Ledger read = LedgerStore.open(repo, "dev").snapshot();
        assertThat(read.find(Target.TOOL, "alpha").orElseThrow()).isEqualTo(entry(Target.TOOL, "alpha", "id-1"));
        assertThat(read.lastApplied().orElseThrow().sha()).isEqualTo("3d7fad4");
        String text = Files.readString(repo.resolve("state/dev.json"));
        assertThat(text.indexOf("tool/alpha")).isLessThan(text.indexOf("tool/zeta"));
        assertThat(repo.resolve(".ferry/state/dev.journal")).doesNotExist();
    }

    @Test
    void aTestVerdictReadsBackBesideTheEntriesAndAVerdictAloneRecordsNoApply() {
        LedgerStore store = LedgerStore.open(repo, "dev");
        store.recordTests(new TestVerdict("3d7fad4", false, true, 3, 1, "2026-06-01T11:00:00Z"));
        store.save();

        Ledger ledger = LedgerStore.open(repo, "dev").snapshot();

        assertThat(ledger.testVerdict()).contains(new TestVerdict("3d7fad4", false, true, 3, 1,
                "2026-06-01T11:00:00Z"));
        assertThat(ledger.testVerdict().orElseThrow().verdict()).isEqualTo("failed");
        assertThat(ledger.exists()).isFalse();
    }

    @Test
    void aVerdictRecordedBeforeAKillIsRecoveredFromTheJournal() {
        LedgerStore killed = LedgerStore.open(repo, "dev");
        killed.put(entry(Target.TOOL, "alpha", "id-1"));
        killed.recordTests(new TestVerdict("3d7fad4", false, true, 2, 0, "2026-06-01T11:00:00Z"));

        Ledger recovered = LedgerStore.open(repo, "dev").snapshot();

        assertThat(recovered.testVerdict().orElseThrow().isPassed()).isTrue();
    }

    @Test
    void aTruncatedLedgerStopsEverythingWithItsPosition() {
        SampleRepo.write(repo, "state/dev.json", Fixtures.bytes(getClass(), "truncated-dev.json"));

        assertThatThrownBy(() -> LedgerStore.open(repo, "dev"))
                .isInstanceOf(FerryException.class)
                .hasMessage("state/dev.json:1:812: invalid JSON (ledger is corrupt; refusing to treat it as empty)")
                .extracting(e -> ((FerryException) e).exitCode()).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void jsonThatIsNotALedgerIsRefusedToo() {
        SampleRepo.write(repo, "state/dev.json", "{\"tools\": {}}\n");

        assertThatThrownBy(() -> LedgerStore.open(repo, "dev"))
                .hasMessage("state/dev.json: not a Ferry ledger of format 1 (needs \"format\": 1 and a \"resources\" "
                        + "object) (ledger is corrupt; refusing to treat it as empty)");
    }

    @Test
    void whatARunKilledBeforeSavingRecordedIsRecoveredFromTheJournal() {
        LedgerStore first = LedgerStore.open(repo, "dev");
        first.put(entry(Target.TOOL, "alpha", "id-1"));
        first.save();
        LedgerStore killed = LedgerStore.open(repo, "dev");
        killed.put(entry(Target.TOOL, "beta", "id-2"));
        killed.remove(Target.TOOL, "alpha");

        LedgerStore next = LedgerStore.open(repo, "dev");

        assertThat(next.snapshot().entries()).extracting(LedgerEntry::key).containsExactly("beta");
        assertThat(next.notices()).containsExactly("recovered 2 change(s) of an interrupted run from "
                + ".ferry/state/dev.journal");
    }

    @Test
    void aJournalLineCutShortByAKillIsIgnored() throws Exception {
        LedgerStore killed = LedgerStore.open(repo, "dev");
        killed.put(entry(Target.TOOL, "alpha", "id-1"));
        Files.writeString(repo.resolve(".ferry/state/dev.journal"), "{\"put\":{\"target\":\"tool\",\"ke",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(LedgerStore.open(repo, "dev").snapshot().entries()).extracting(LedgerEntry::key)
                .containsExactly("alpha");
    }

    @Test
    void aJournalWrittenAgainstAnotherLedgerIsSetAsideNotReplayed() throws Exception {
        LedgerStore killed = LedgerStore.open(repo, "dev");
        killed.put(entry(Target.TOOL, "alpha", "id-1"));
        SampleRepo.write(repo, "state/dev.json", "{\"format\":1,\"environment\":\"dev\",\"resources\":{}}\n");

        LedgerStore next = LedgerStore.open(repo, "dev");

        assertThat(next.snapshot().entries()).isEmpty();
        assertThat(next.notices()).singleElement().asString().startsWith("set aside .ferry/state/dev.journal");
    }

    @Test
    void aTemporaryFileLeftByAKillBetweenWriteAndRenameLeavesTheOldLedgerReadable() throws Exception {
        LedgerStore store = LedgerStore.open(repo, "dev");
        store.put(entry(Target.TOOL, "alpha", "id-1"));
        store.save();
        SampleRepo.write(repo, "state/.dev.json.12345.tmp", "{\"format\":1,\"resou");

        Ledger read = LedgerStore.open(repo, "dev").snapshot();

        assertThat(read.entries()).extracting(LedgerEntry::key).containsExactly("alpha");
        assertThat(repo.resolve("state/.dev.json.12345.tmp")).doesNotExist();
    }
}
