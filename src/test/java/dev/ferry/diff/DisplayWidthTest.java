package dev.ferry.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
    private static final String DECOMPOSED_E = "e\u0301";
    private static final String WOMAN_TECHNOLOGIST = "\uD83D\uDC69\u200D\uD83D\uDCBB";
    private static final String WARNING_EMOJI = "\u26A0\uFE0F";
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

    @Test
    void combiningAccentTakesNoColumnOfItsOwn() {
        assertThat(DisplayWidth.of(DECOMPOSED_E)).isEqualTo(1);
        assertThat(DisplayWidth.of("Caf" + DECOMPOSED_E + " abierto")).isEqualTo(12);
        assertThat(DisplayWidth.of("Café cerrado")).isEqualTo(12);
        assertThat(DisplayWidth.clusters("Caf" + DECOMPOSED_E)).containsExactly("C", "a", "f", DECOMPOSED_E);
    }

    @Test
    void japaneseTakesTwoColumnsPerCharacter() {
        String line = "A: お電話ありがとうございます。ご用件をお伺いします。";

        assertThat(DisplayWidth.of("お電話")).isEqualTo(6);
        assertThat(DisplayWidth.of(line)).isEqualTo(53);
    }

    @Test
    void emojiSequencesAreOneClusterTwoColumnsWide() {
        assertThat(DisplayWidth.of("\u2705")).isEqualTo(2);
        assertThat(DisplayWidth.of(WOMAN_TECHNOLOGIST)).isEqualTo(2);
        assertThat(DisplayWidth.of(FAMILY)).isEqualTo(2);
        assertThat(DisplayWidth.of(WARNING_EMOJI)).isEqualTo(2);
        assertThat(DisplayWidth.of("\uD83D\uDC4D\uD83C\uDFFD")).as("thumbs up, medium skin tone").isEqualTo(2);
        assertThat(DisplayWidth.of("\uD83C\uDDEF\uD83C\uDDF5")).as("flag of Japan").isEqualTo(2);
        assertThat(DisplayWidth.of("1\uFE0F\u20E3")).as("keycap one").isEqualTo(2);
        assertThat(DisplayWidth.clusters(WOMAN_TECHNOLOGIST + "x" + WARNING_EMOJI))
                .containsExactly(WOMAN_TECHNOLOGIST, "x", WARNING_EMOJI);
    }

    @Test
    void textPresentationSymbolWithoutVariationSelectorTakesOneColumn() {
        assertThat(DisplayWidth.of("\u26A0")).isEqualTo(1);
        assertThat(DisplayWidth.of("\u231A\uFE0E")).as("watch, text presentation").isEqualTo(1);
    }

    @Test
    void arabicLettersTakeOneColumnAndTheirMarksAndDirectionMarksNone() {
        String bismillah = "\u0628\u0650\u0633\u0652\u0645\u0650";

        assertThat(DisplayWidth.of("\u0645\u0631\u062D\u0628\u0627")).isEqualTo(5);
        assertThat(DisplayWidth.of(bismillah)).isEqualTo(3);
        assertThat(DisplayWidth.of("\u200F\u0645\u0631\u062D\u0628\u0627\u200E")).isEqualTo(5);
    }

    @Test
    void hangulSyllablesAndConjoiningJamoTakeTwoColumns() {
        assertThat(DisplayWidth.of("한국어")).isEqualTo(6);
        assertThat(DisplayWidth.clusters("\u1100\u1161\u11A8")).hasSize(1);
        assertThat(DisplayWidth.of("\u1100\u1161\u11A8")).isEqualTo(2);
    }

    @Test
    void controlCharactersAndBidiOverridesAreEscapedAndCountedAsTheirEscapes() {
        assertThat(DisplayWidth.printable("\u001b[31mred\tx\r")).isEqualTo("\\x1B[31mred\\tx\\r");
        assertThat(DisplayWidth.of("\u001b[31m")).isEqualTo(8);
        assertThat(DisplayWidth.printable("abc\u202Edef")).isEqualTo("abc\\u202Edef");
        assertThat(DisplayWidth.printable("\u0085")).isEqualTo("\\u0085");
    }

    @Test
    void truncationNeverSplitsACluster() {
        assertThat(DisplayWidth.truncate("ab" + WOMAN_TECHNOLOGIST + "c", 3)).isEqualTo("ab");
        assertThat(DisplayWidth.truncate("ab" + WOMAN_TECHNOLOGIST + "c", 4)).isEqualTo("ab" + WOMAN_TECHNOLOGIST);
        assertThat(DisplayWidth.truncate("日本語", 5)).isEqualTo("日本");
        assertThat(DisplayWidth.truncate("Caf" + DECOMPOSED_E + "!", 4)).isEqualTo("Caf" + DECOMPOSED_E);
    }

    @Test
    void padAndFitReachTheExactWidthEvenWhenAWideCharacterDoesNotFit() {
        assertThat(DisplayWidth.pad("日本", 5)).isEqualTo("日本 ");
        assertThat(DisplayWidth.fit("日本語です", 6)).isEqualTo("日本… ");
        assertThat(DisplayWidth.of(DisplayWidth.fit("日本語です", 6))).isEqualTo(6);
        assertThat(DisplayWidth.fit("Caf" + DECOMPOSED_E + " abierto", 6)).isEqualTo("Caf" + DECOMPOSED_E + " …");
        assertThat(DisplayWidth.fit("short", 8)).isEqualTo("short   ");
    }
}
