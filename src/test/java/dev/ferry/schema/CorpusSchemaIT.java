package dev.ferry.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.ferry.config.Finding;
import dev.ferry.config.Kind;
import dev.ferry.yaml.YamlDocument;
import dev.ferry.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Acceptance on real configurations: each file of the shared corpus (public Vapi payloads, read
 * from {@code ../shared/corpus} at test time, never copied here) is wrapped in a Ferry document of
 * the kind its content shows and must pass that kind's schema with no finding.
 */
class CorpusSchemaIT {
    private static final SchemaValidator SCHEMAS = new SchemaValidator();

    @TestFactory
    Stream<DynamicTest> everyCorpusFilePassesTheSchemaOfItsKind() throws IOException {
        List<Path> files = corpusFiles();

        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            YamlDocument payload = YamlReader.read(Files.readAllBytes(file), file.getFileName().toString());
            Kind kind = kindOf(payload.root());
            YamlDocument document = wrap(file, kind);

            List<Finding> findings = SCHEMAS.validate(SchemaName.of(kind), document.root(), document.sourceMap(),
                    file.getFileName().toString());

            assertThat(document.root().get("spec")).as("the wrapped spec").isEqualTo(payload.root());
            assertThat(findings).as("%s as %s", file.getFileName(), kind.spelling())
                    .extracting(Finding::format).isEmpty();
        }));
    }

    @Test
    void corpusHoldsFifteenFilesOfFourKinds() throws Exception {
        List<Path> files = corpusFiles();

        Map<String, Long> kinds = new TreeMap<>();
        for (Path file : files) {
            Kind kind = kindOf(YamlReader.read(Files.readAllBytes(file), file.toString()).root());
            kinds.merge(kind.spelling(), 1L, Long::sum);
        }

        assertThat(files).hasSize(15);
        assertThat(kinds).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "Assistant", 4L, "Squad", 2L, "StructuredOutput", 2L, "Tool", 7L)));
    }

    /** The kind a bare Vapi payload is, judged by the fields only that kind has. */
    static Kind kindOf(JsonNode payload) {
        if (payload.has("members")) {
            return Kind.SQUAD;
        }
        if (payload.has("schema") && (payload.has("assistant_ids") || "ai".equals(payload.path("type").asString("")))) {
            return Kind.STRUCTURED_OUTPUT;
        }
        boolean toolShaped = payload.has("function") || payload.has("destinations") || payload.has("url")
                || payload.has("method");
        if (payload.has("type") && toolShaped) {
            return Kind.TOOL;
        }
        return Kind.ASSISTANT;
    }

    /**
     * The file's text indented under {@code spec:} of a document with a valid slug, so that the
     * reader parses the real text and findings point at real lines (five lines down).
     */
    private static YamlDocument wrap(Path file, Kind kind) throws Exception {
        String payload = Files.readString(file, StandardCharsets.UTF_8);
        String slug = "corpus-" + file.getFileName().toString().substring(0, 2);
        String spec = payload.lines().map(line -> line.isEmpty() ? line : "  " + line)
                .collect(Collectors.joining("\n", "", "\n"));
        String text = "kind: " + kind.spelling() + "\napiVersion: v1\nmetadata:\n  name: " + slug + "\nspec:\n" + spec;
        return YamlReader.read(text.getBytes(StandardCharsets.UTF_8), file.getFileName().toString());
    }

    private static List<Path> corpusFiles() throws IOException {
        Path corpus = Path.of(System.getProperty("ferry.shared.dir", "../shared")).resolve("corpus").normalize();
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus not present: " + corpus.toAbsolutePath());
        try (Stream<Path> entries = Files.list(corpus)) {
            return entries.filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }
}
