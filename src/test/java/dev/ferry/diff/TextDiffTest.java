package dev.ferry.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ferry.diff.DiffRow.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {
    @Test
    void onePromptLineChangedGivesOneChangeRowWithWordSpans() {
        String before = DiffFixtures.text("intake-prompt-before.md");
        String after = DiffFixtures.text("intake-prompt-after.md");

        TextDiff diff = TextDiff.ofText(before, after);

        List<DiffRow> changed = differences(diff);
        assertThat(changed).hasSize(1);
        DiffRow row = changed.get(0);
        assertThat(row.kind()).isEqualTo(Kind.CHANGE);
        assertThat(row.leftLine()).isEqualTo(5);
        assertThat(row.rightLine()).isEqualTo(5);
        assertThat(marked(row.left(), row.leftSpans())).containsExactly("slot");
        assertThat(marked(row.right(), row.rightSpans())).containsExactly("two ", "slots");
        assertThat(diff.changedLines()).isEqualTo(1);
    }

    @Test
    void removedTrailingNewlineShowsAsChangedLastLineAndMarker() {
        TextDiff diff = TextDiff.ofText("You are Ava.\nBe brief.\n", "You are Ava.\nBe brief.");

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.rows()).extracting(DiffRow::kind, DiffRow::leftLine, DiffRow::rightLine, DiffRow::left,
                DiffRow::right).containsExactly(
                        tuple(Kind.EQUAL, 1, 1, "You are Ava.", "You are Ava."),
                        tuple(Kind.CHANGE, 2, 2, "Be brief.", "Be brief."),
                        tuple(Kind.NO_NEWLINE, 0, 2, "", DiffRow.NO_NEWLINE_TEXT));
    }

    @Test
    void trailingSpaceShowsAsAChangedSpanOfJustTheSpace() {
        TextDiff diff = TextDiff.ofText("Step 1: greet the caller.\n", "Step 1: greet the caller.  \n");

        DiffRow row = differences(diff).get(0);
        assertThat(row.kind()).isEqualTo(Kind.CHANGE);
        assertThat(row.leftSpans()).isEmpty();
        assertThat(row.rightSpans()).containsExactly(new Span(25, 27));
    }

    @Test
    void crlfAgainstLfShowsOnEveryLineAsTheCarriageReturn() {
        TextDiff diff = TextDiff.ofText("Hello.\r\nBye.\r\n", "Hello.\nBye.\n");

        assertThat(differences(diff)).extracting(DiffRow::kind, DiffRow::left, DiffRow::leftSpans, DiffRow::rightSpans)
                .containsExactly(
                        tuple(Kind.CHANGE, "Hello.\r", List.of(new Span(6, 7)), List.of()),
                        tuple(Kind.CHANGE, "Bye.\r", List.of(new Span(4, 5)), List.of()));
    }

    @Test
    void tabAgainstSpacesShows() {
        TextDiff diff = TextDiff.of(List.of("key:\tvalue"), List.of("key:    value"));

        DiffRow row = differences(diff).get(0);
        assertThat(marked(row.left(), row.leftSpans())).containsExactly("\t");
        assertThat(marked(row.right(), row.rightSpans())).containsExactly("    ");
    }

    @Test
    void unchangedRunsFoldDownToThreeLinesOfContext() {
        List<String> left = numbered(20);
        List<String> right = new ArrayList<>(left);
        right.set(9, "line 10 changed");

        TextDiff diff = TextDiff.of(left, right);

        assertThat(diff.rows()).extracting(DiffRow::kind, DiffRow::leftLine, DiffRow::count).containsExactly(
                tuple(Kind.FOLD, 1, 6),
                tuple(Kind.EQUAL, 7, 1), tuple(Kind.EQUAL, 8, 1), tuple(Kind.EQUAL, 9, 1),
                tuple(Kind.CHANGE, 10, 1),
                tuple(Kind.EQUAL, 11, 1), tuple(Kind.EQUAL, 12, 1), tuple(Kind.EQUAL, 13, 1),
                tuple(Kind.FOLD, 14, 7));
        assertThat(diff.hunks()).singleElement().extracting(Hunk::header).isEqualTo("@@ -7,7 +7,7 @@");
    }

    @Test
    void foldExpandsBackToItsUnchangedLines() {
        List<String> left = numbered(20);
        List<String> right = new ArrayList<>(left);
        right.set(9, "line 10 changed");
        TextDiff diff = TextDiff.of(left, right);

        List<DiffRow> expanded = diff.expand(diff.rows().get(diff.rows().size() - 1));

        assertThat(expanded).extracting(DiffRow::kind).containsOnly(Kind.EQUAL);
        assertThat(expanded).extracting(DiffRow::leftLine).containsExactly(14, 15, 16, 17, 18, 19, 20);
        assertThat(expanded.get(0).left()).isEqualTo("line 14");
    }

    @Test
    void changesFarApartMakeTwoHunksWithAFoldBetween() {
        List<String> left = numbered(30);
        List<String> right = new ArrayList<>(left);
        right.set(4, "line 5 changed");
        right.set(24, "line 25 changed");

        TextDiff diff = TextDiff.of(left, right);

        assertThat(diff.hunks()).extracting(Hunk::header).containsExactly("@@ -1,8 +1,8 @@", "@@ -22,7 +22,7 @@");
        assertThat(diff.rows()).filteredOn(row -> row.kind() == Kind.FOLD).extracting(DiffRow::leftLine,
                DiffRow::count).containsExactly(tuple(9, 13), tuple(29, 2));
    }

    @Test
    void aFoldOfOneLineIsShownAsTheLineInstead() {
        List<String> left = numbered(9);
        List<String> right = new ArrayList<>(left);
        right.set(0, "line 1 changed");
        right.set(8, "line 9 changed");

        TextDiff diff = TextDiff.of(left, right);

        assertThat(diff.rows()).extracting(DiffRow::kind).doesNotContain(Kind.FOLD);
        assertThat(diff.hunks()).hasSize(1);
    }

    @Test
    void contextCanBeChangedWithoutDiffingAgain() {
        List<String> left = numbered(20);
        List<String> right = new ArrayList<>(left);
        right.set(9, "line 10 changed");

        TextDiff diff = TextDiff.of(left, right).withContext(0);

        assertThat(diff.hunks()).singleElement().extracting(Hunk::header).isEqualTo("@@ -10,1 +10,1 @@");
    }

    @Test
    void insertedAndDeletedLinesKeepTheirOwnLineNumbers() {
        TextDiff diff = TextDiff.of(List.of("a", "b", "c"), List.of("a", "c", "d"));

        assertThat(differences(diff)).extracting(DiffRow::kind, DiffRow::leftLine, DiffRow::rightLine)
                .containsExactly(tuple(Kind.DELETE, 2, 0), tuple(Kind.INSERT, 0, 3));
    }

    @Test
    void equalTextsHaveNoHunksAndFoldWhole() {
        TextDiff diff = TextDiff.ofText("a\nb\n", "a\nb\n");

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.hunks()).isEmpty();
        assertThat(diff.rows()).extracting(DiffRow::kind, DiffRow::count).containsExactly(tuple(Kind.FOLD, 2));
    }

    @Test
    void japaneseLineMarksOnlyTheChangedCharacter() {
        TextDiff diff = TextDiff.of(List.of("お電話ありがとうございます。"), List.of("お電話ありがとうござります。"));

        DiffRow row = differences(diff).get(0);
        assertThat(marked(row.left(), row.leftSpans())).containsExactly("い");
        assertThat(marked(row.right(), row.rightSpans())).containsExactly("り");
    }

    @Test
    void veryLongLinesAreMarkedWholeInsteadOfWordByWord() {
        String long1 = "word ".repeat(WordDiff.MAX_LINE_LENGTH / 4);
        String long2 = long1 + "more";

        DiffRow row = differences(TextDiff.of(List.of(long1), List.of(long2))).get(0);

        assertThat(row.leftSpans()).containsExactly(new Span(0, long1.length()));
        assertThat(row.rightSpans()).containsExactly(new Span(0, long2.length()));
    }

    @Test
    void linesWithLittleInCommonAreMarkedWhole() {
        DiffRow row = differences(TextDiff.of(List.of("provider: openai"), List.of("voiceId: ava-warm"))).get(0);

        assertThat(row.leftSpans()).containsExactly(new Span(0, 16));
        assertThat(row.rightSpans()).containsExactly(new Span(0, 17));
    }

    private static List<DiffRow> differences(TextDiff diff) {
        return diff.rows().stream().filter(DiffRow::isDifference).toList();
    }

    private static List<String> marked(String text, List<Span> spans) {
        return spans.stream().map(span -> text.substring(span.start(), span.end())).toList();
    }

    private static List<String> numbered(int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add("line " + i);
        }
        return lines;
    }
}
