package dev.ferry.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Param names follow the field a value came from, and one set of values is one param. */
class ParamTableTest {
    @Test
    void nameComesFromTheFieldWithTheParentInFrontOfAVagueOne() {
        assertThat(ParamTable.baseName(List.of("model", "model"))).isEqualTo("model");
        assertThat(ParamTable.baseName(List.of("server", "url"))).isEqualTo("serverUrl");
        assertThat(ParamTable.baseName(List.of("voice", "voiceId"))).isEqualTo("voiceId");
        assertThat(ParamTable.baseName(List.of("membersOverrides", "tools:append", "function", "name")))
                .isEqualTo("functionName");
        assertThat(ParamTable.baseName(List.of("9lives"))).isEqualTo("param9lives");
    }

    @Test
    void sameValuesShareOneParamAndOtherValuesGetANumber() {
        ParamTable table = new ParamTable();

        String first = table.nameFor(List.of("model", "model"), "", Map.of("dev", "gpt-4.1-mini", "prod", "gpt-4.1"));
        String again = table.nameFor(List.of("model", "model"), "", Map.of("dev", "gpt-4.1-mini", "prod", "gpt-4.1"));
        String other = table.nameFor(List.of("model", "model"), "", Map.of("dev", "gpt-4o", "prod", "gpt-4.1"));
        String host = table.nameFor(List.of("server", "url"), "Base",
                Map.of("dev", "https://hooks.dev.example", "prod", "https://hooks.example"));

        assertThat(List.of(first, again, other, host)).containsExactly("model", "model", "model2", "serverUrlBase");
        assertThat(table.valuesOf("prod")).containsExactly(Map.entry("model", "gpt-4.1"),
                Map.entry("model2", "gpt-4.1"), Map.entry("serverUrlBase", "https://hooks.example"));
    }
}
