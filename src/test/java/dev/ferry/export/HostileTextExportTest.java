package dev.ferry.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.render.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class HostileTextExportTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> TRAPS = List.of("yes", "no", "on", "off", "y", "~", "null", "True", "1e5",
            "0x1F", "0123", "+15550100001", ".inf", "2026-01-01", "12:30", " leading", "trailing ", "a: b", "a #b",
            "tab\there", "emoji 👋🏽", "日本語", "العربية", "देवनागरी", "rtl \u200Fmark\u202E", "nul\u0000byte",
            "cr\rlone", "crlf\r\nline", "ends\n", "-", "[x]", "{y}", "'q'", "\"dq\"", "back\\slash", "");

    @TempDir
    Path folder;

    @Test
    void hostileTextSurvivesExportAndReload() throws Exception {
        String longPrompt = tenThousandLines();
        String wideLine = "w".repeat(25_000) + " \u200F " + "x".repeat(25_000);
        List<LiveObject> live = List.of(
                assistant("a1", "Long Prompt", longPrompt, "Hello"),
                assistant("a2", "Crlf Prompt", "Line one\r\nLine two  \r\nLine three \n", "no"),
                assistant("a3", "Wide Prompt", wideLine, "yes"),
                assistant("a4", "Nul Prompt", "before\u0000after\nsecond line \u200F\u200E end", "~"),
                traps());

        RoundTrip.Result result = RoundTrip.run(live, RoundTrip.emptyRepo(folder.resolve("repo")), "dev",
                ExportOptions.all());

        assertThat(RoundTrip.describe(result)).isEmpty();
        assertThat(result.pairs()).hasSize(5);
        Path promptFile = folder.resolve("repo/prompts/long-prompt.md");
        assertThat(Files.readAllBytes(promptFile)).isEqualTo(longPrompt.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(folder.resolve("repo/assistants/wide-prompt.yaml"))).contains(wideLine);
    }

    @Test
    void aPromptOfTwentyLinesStaysInlineAndOneOfTwentyOneGetsAFile() {
        String twenty = "line\n".repeat(20);
        List<LiveObject> live = List.of(assistant("a1", "Twenty", twenty, "Hi"),
                assistant("a2", "Twenty One", twenty + "one more", "Hi"));

        ExportPlan plan = new Exporter().export(live, RoundTrip.environment("dev"), ExportOptions.all());

        assertThat(plan.files()).extracting(ExportFile::path).containsExactly("assistants/twenty-one.yaml",
                "assistants/twenty.yaml", "prompts/twenty-one.md");
        assertThat(plan.files().get(1).text()).contains("      - role: system\n        content: |\n          line\n");
    }

    private static String tenThousandLines() {
        StringBuilder prompt = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            prompt.append("Line ").append(i).append(switch (i % 5) {
                case 0 -> " ends with CRLF\r\n";
                case 1 -> " has a lone trailing space \n";
                case 2 -> " says \u200Fمرحبا\u200E and 👋\n";
                case 3 -> ": looks like a key # and a comment\n";
                default -> "\tindented by a tab\n";
            });
        }
        return prompt.append("last line without newline").toString();
    }

    static LiveObject assistant(String id, String name, String prompt, String firstMessage) {
        ObjectNode body = RoundTrip.dressAsLive(NODES.objectNode(), id + "-0000-4000-8000-000000000001");
        body.put("name", name);
        body.put("firstMessage", firstMessage);
        ObjectNode model = body.putObject("model").put("provider", "openai").put("model", "gpt-4o");
        model.putArray("messages").addObject().put("role", "system").put("content", prompt);
        return LiveObject.of(Target.ASSISTANT, body);
    }

    private static LiveObject traps() {
        LiveObject live = assistant("a5", "Traps", "Be brief.", "off");
        ObjectNode body = live.body();
        ArrayNode phrases = body.putArray("endCallPhrases");
        TRAPS.forEach(phrases::add);
        ObjectNode metadata = body.putObject("metadata");
        List<String> keys = new ArrayList<>(TRAPS);
        for (int i = 0; i < keys.size(); i++) {
            metadata.put(keys.get(i), TRAPS.get(TRAPS.size() - 1 - i));
        }
        metadata.putNull("cleared");
        metadata.put("temperatureLike", 0.30);
        body.putNull("voicemailMessage");
        body.putObject("transcriber").put("provider", "deepgram").put("language", "no");
        body.put("backgroundSound", "off");
        return live;
    }
}
