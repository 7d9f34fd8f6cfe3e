package dev.ferry.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatterTest {
    private static final Path SAMPLE = Path.of("samples/platform");

    @TempDir
    Path repo;

    @Test
    void theSampleRepoIsAlreadyFormatted() {
        FormatReport report = new Formatter().plan(SAMPLE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.files()).hasSizeGreaterThan(10);
        assertThat(report.changed()).extracting(FormattedFile::name).isEmpty();
    }

    @Test
    void formattingTwiceChangesNothingTheSecondTime() throws IOException {
        copySample();
        writeFile("tools/flow.yaml", """
                # a tool written in flow style
                apiVersion: v1
                kind: Tool
                spec: {type: function, function: {name: f, parameters: {type: object, required: [a]}},
                  messages: [{type: request-start, content: "On it."}]}   # flow comment
                metadata: {name: flow}
                """);
        Formatter formatter = new Formatter();

        List<String> first = formatter.write(formatter.plan(repo));
        FormatReport second = formatter.plan(repo);

        assertThat(first).contains("tools/flow.yaml");
        assertThat(second.problems()).isEmpty();
        assertThat(second.changed()).isEmpty();
        assertThat(Files.readString(repo.resolve("tools/flow.yaml"))).startsWith("""
                # a tool written in flow style
                kind: Tool
                apiVersion: v1
                metadata:
                  name: flow
                spec: # flow comment
                  type: function
                  function:
                    name: f
                """);
    }

    @Test
    void sugarParamsAndCommentsSurvive() throws IOException {
        copySample();
        String original = """
                kind: Assistant
                apiVersion: v1
                metadata:
                  name: night-desk   # slug
                spec:
                  # shown in the dashboard
                  name: Night Desk
                  model: ${params.model}
                  systemPromptRef: prompts/front-desk.md
                  tools: [{ref: end-call}]
                  backgroundSound: "off"
                  temperature: 1.0
                """;
        writeFile("assistants/night-desk.yaml", original);

        FormatReport report = new Formatter().plan(repo, List.of(repo.resolve("assistants/night-desk.yaml")));

        assertThat(report.changed()).hasSize(1);
        assertThat(report.changed().get(0).formatted()).isEqualTo("""
                kind: Assistant
                apiVersion: v1
                metadata:
                  name: night-desk # slug
                spec:
                  # shown in the dashboard
                  name: Night Desk
                  model: ${params.model}
                  systemPromptRef: prompts/front-desk.md
                  tools:
                    - ref: end-call
                  backgroundSound: "off"
                  temperature: 1
                """);
    }

    @Test
    void aFileThatIsNotValidYamlIsReportedAndLeftAlone() throws IOException {
        copySample();
        writeFile("tools/broken.yaml", "kind: Tool\nspec: [unclosed\n");

        FormatReport report = new Formatter().plan(repo);
        new Formatter().write(report);

        assertThat(report.problems()).extracting(Finding::file).containsExactly("tools/broken.yaml");
        assertThat(report.hasErrors()).isTrue();
        assertThat(Files.readString(repo.resolve("tools/broken.yaml"))).isEqualTo("kind: Tool\nspec: [unclosed\n");
    }

    @Test
    void writingLeavesNoTemporaryFilesBehind() throws IOException {
        copySample();
        writeFile("tools/flow.yaml", "kind: Tool\napiVersion: v1\nmetadata: {name: flow}\nspec: {type: endCall}\n");

        new Formatter().write(new Formatter().plan(repo));

        try (Stream<Path> files = Files.list(repo.resolve("tools"))) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    private void copySample() throws IOException {
        try (Stream<Path> paths = Files.walk(SAMPLE)) {
            for (Path source : paths.toList()) {
                Path target = repo.resolve(SAMPLE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private void writeFile(String name, String content) throws IOException {
        Files.createDirectories(repo.resolve(name).getParent());
        Files.writeString(repo.resolve(name), content, StandardCharsets.UTF_8);
    }
}
