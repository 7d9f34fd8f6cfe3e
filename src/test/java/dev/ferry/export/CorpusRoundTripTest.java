package dev.ferry.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.render.Target;
import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The round trip on real configurations published by third parties (../shared/corpus): each file
 * is taken as a live object of its kind, exported alone, reloaded and rendered. Its references
 * (UUIDs, gitops slugs) name objects that are not exported, so they come back unresolved.
 */
class CorpusRoundTripTest {
    @TempDir
    Path folder;

    static Stream<Path> corpusFiles() throws IOException {
        String shared = System.getProperty("ferry.shared.dir");
        Path corpus = shared == null ? null : Path.of(shared, "corpus");
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus),
                "the shared corpus is not here (system property ferry.shared.dir); skipping the corpus round trip");
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(file -> file.toString().matches(".*\\.(json|yaml)$")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void aRealConfigurationRendersBackToItselfAfterExport(Path file) throws IOException, YamlException {
        ObjectNode body = (ObjectNode) YamlReader.read(Files.readAllBytes(file), file.getFileName().toString())
                .root();
        if (!body.has("id")) {
            body.put("id", UUID.nameUUIDFromBytes(file.getFileName().toString().getBytes(StandardCharsets.UTF_8))
                    .toString());
        }
        List<LiveObject> live = List.of(LiveObject.of(targetOf(file), body));

        RoundTrip.Result result = RoundTrip.run(live, RoundTrip.emptyRepo(folder.resolve("repo")), "dev",
                ExportOptions.all());

        assertThat(RoundTrip.describe(result)).isEmpty();
        assertThat(result.pairs()).hasSize(1);
    }

    static Target targetOf(Path file) {
        String name = file.getFileName().toString();
        if (name.contains("structured-output")) {
            return Target.STRUCTURED_OUTPUT;
        }
        if (name.contains("squad")) {
            return Target.SQUAD;
        }
        return name.contains("tool") ? Target.TOOL : Target.ASSISTANT;
    }
}
