package dev.ferry.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffPrinterTest {
    private static final String ANSI = "\u001b[";

    @Test
    void sideBySideRowsAllHaveTheTerminalWidthWithJapaneseAccentsAndEmoji() {
        TextDiff diff = TextDiff.of(lines("multilingual-left.yaml"), lines("multilingual-right.yaml"));

        List<String> out = new DiffPrinter(120, false).print(diff, "uat", "prod");

        assertThat(out).hasSizeGreaterThan(diff.rows().size());
        assertThat(out).allSatisfy(line -> assertThat(DisplayWidth.of(line)).as(line).isEqualTo(120));
        assertThat(out).allSatisfy(line -> assertThat(DisplayWidth.of(line.substring(0, line.indexOf('│'))))
                .as(line).isEqualTo(59));
    }

    @Test
    void sideBySideKeepsItsWidthInColourToo() {
        TextDiff diff = TextDiff.of(lines("multilingual-left.yaml"), lines("multilingual-right.yaml"));

        List<String> out = new DiffPrinter(150, true).print(diff, "uat", "prod");

        assertThat(out).anyMatch(line -> line.contains(ANSI));
        assertThat(out).allSatisfy(line -> assertThat(DisplayWidth.of(withoutAnsi(line))).isEqualTo(150));
    }

    @Test
    void wideCharacterThatDoesNotFitWrapsWholeToTheNextLine() {
        String line = "AB: " + "お".repeat(30);
        TextDiff diff = TextDiff.of(List.of(line), List.of(line + "!"));

        List<String> out = new DiffPrinter(120, false).print(diff, "uat", "prod");

        // 53 columns of text per pane: "AB: " and 24 wide characters fill 52, the 25th moves down.
        assertThat(out.get(1)).startsWith("  1 - AB: " + "お".repeat(24) + " │");
        assertThat(out.get(2)).startsWith("    - " + "お".repeat(6) + " ");
    }

    @Test
    void belowOneHundredTwentyColumnsTheDiffIsUnified() {
        TextDiff diff = TextDiff.of(List.of("model:", "  temperature: 0.7"), List.of("model:", "  temperature: 0.2"));

        List<String> out = new DiffPrinter(119, false).print(diff, "uat", "prod");

        assertThat(out).containsExactly(
                "--- uat",
                "+++ prod",
                "  1   1   model:",
                "  2     -   temperature: 0.7",
                "                           ^",
                "      2 +   temperature: 0.2",
                "                           ^");
    }

    @Test
    void plainOutputHasNoEscapeCodesAndColourOutputHighlightsTheChangedWord() {
        TextDiff diff = TextDiff.of(List.of("Be brief."), List.of("Be concise."));

        List<String> plain = new DiffPrinter(80, false).print(diff, "uat", "prod");
        List<String> colour = new DiffPrinter(80, true).print(diff, "uat", "prod");

        assertThat(plain).noneMatch(line -> line.contains(ANSI));
        assertThat(colour).anyMatch(line -> line.contains("\u001b[1;7;32mconcise"));
        assertThat(colour).noneMatch(line -> line.contains("^"));
    }

    @Test
    void unchangedRunsAreFoldedIntoOneLine() {
        List<String> left = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            left.add("line " + i);
        }
        List<String> right = new ArrayList<>(left);
        right.set(45, "line 46 changed");

        List<String> out = new DiffPrinter(80, false).print(TextDiff.of(left, right), "uat", "prod");

        assertThat(out.get(2)).isEqualTo("          ⋯ 42 unchanged lines");
    }

    @Test
    void invisibleDifferencesAreDrawnVisiblyOnlyWhereTheyDiffer() {
        TextDiff diff = TextDiff.ofText("same\tline\nkey: value\r\ntab\there\n",
                "same\tline\nkey: value  \ntab  here\n");

        List<String> out = new DiffPrinter(80, false).print(diff, "uat", "prod");

        assertThat(out).contains("  1   1   same    line", "  2     - key: value␍", "      2 + key: value··",
                "  3     - tab→here", "      3 + tab··here");
    }

    @Test
    void decomposedAccentAgainstPrecomposedIsDrawnWithItsMarkEscaped() {
        TextDiff diff = TextDiff.of(List.of("Cafe\u0301 abierto"), List.of("Caf\u00E9 abierto"));

        List<String> out = new DiffPrinter(80, false).print(diff, "uat", "prod");

        assertThat(out).containsSubsequence("  1     - Cafe\\u0301 abierto", "          ^^^^^^^^^^",
                "      1 + Caf\u00E9 abierto", "          ^^^^");
    }

    @Test
    void longStringsChangedNearTheirEndAreSummarisedFromJustBeforeTheDifference() {
        String before = "Thanks for calling Larkspur Home Services, how can I help you today?";
        ResourceDiff diff = ResourceDiff.compare(
                DiffFixtures.parse("{\"firstMessage\": \"" + before + "\"}"),
                DiffFixtures.parse("{\"firstMessage\": \"" + before.replace("today", "tonight") + "\"}"));

        assertThat(diff.summary()).containsExactly(
                "firstMessage \"… help you today?\" → \"… help you tonight?\"");
    }

    @Test
    void missingFinalNewlineIsShownUnderTheSideThatLacksIt() {
        TextDiff diff = TextDiff.ofText("You are Ava.\nBe brief.\n", "You are Ava.\nBe brief.");

        List<String> out = new DiffPrinter(80, false).print(diff, "git", "prod");

        assertThat(out).containsSubsequence("  2     - Be brief.", "      2 + Be brief.",
                "          \\ No newline at end of file");
    }

    @Test
    void resourceDiffStartsWithTheSummaryOfEachChange() {
        ResourceDiff diff = ResourceDiff.compare(
                DiffFixtures.parse("{\"model\": {\"temperature\": 0.7, \"toolIds\": [\"a\"]}}"),
                DiffFixtures.parse("{\"model\": {\"temperature\": 0.2, \"toolIds\": [\"a\", \"b\"]}}"),
                List.of("model:", "  temperature: 0.7", "  toolIds:", "  - a"),
                List.of("model:", "  temperature: 0.2", "  toolIds:", "  - a", "  - b"));

        List<String> out = new DiffPrinter(80, false).print(diff, "uat", "prod");

        assertThat(out.subList(0, 4)).containsExactly("~ model.temperature 0.7 → 0.2", "~ model.toolIds +1 −0", "",
                "--- uat");
        assertThat(out).contains("      5 +   - b");
    }

    @Test
    void promptWithCarriageReturnsGetsItsOwnLineDiffBesideTheYaml() {
        ResourceDiff diff = ResourceDiff.compare(DiffFixtures.parse("{\"content\": \"Hi.\\r\\nBye.\\r\\n\"}"),
                DiffFixtures.parse("{\"content\": \"Hi.\\nBye.\\n\"}"),
                List.of("content: \"Hi.\\r\\nBye.\\r\\n\""), List.of("content: |", "  Hi.", "  Bye."));

        List<String> out = new DiffPrinter(80, false).print(diff, "uat", "prod");

        assertThat(out.get(0)).isEqualTo("~ content: line endings only (CRLF and LF)");
        assertThat(out).containsSubsequence("content", "  1     - Hi.␍", "      1 + Hi.");
    }

    @Test
    void equalSidesSayThereAreNoDifferences() {
        ResourceDiff diff = ResourceDiff.compare(DiffFixtures.parse("{\"a\": 1}"), DiffFixtures.parse("{\"a\": 1.0}"));

        assertThat(new DiffPrinter(120, false).print(diff, "uat", "prod"))
                .containsExactly("no differences between uat and prod");
    }

    private static List<String> lines(String fixture) {
        return Arrays.asList(DiffFixtures.text(fixture).split("\n"));
    }

    private static String withoutAnsi(String line) {
        return line.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
