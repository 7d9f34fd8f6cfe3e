package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import dev.ferry.yaml.YamlReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code ferry schemas --out DIR}: the nine schema files, usable from that folder by any JSON
 * Schema validator, relative {@code $ref}s included.
 */
class SchemasCommandTest {
    private static final List<String> FILES = List.of("assistant.schema.json", "common.schema.json",
            "environments.schema.json", "knowledge-base.schema.json", "policy.schema.json", "squad.schema.json",
            "structured-output.schema.json", "tool.schema.json", "transcript.schema.json");

    @TempDir
    Path temp;

    @Test
    void writesTheNineSchemaFiles() throws Exception {
        Path out = temp.resolve("editor/schemas");

        FerryCli.Result result = FerryCli.run("schemas", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactlyInAnyOrderElementsOf(FILES.stream()
                .map(name -> out.resolve(name).toString()).toList());
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(path -> path.getFileName().toString())).containsExactlyInAnyOrderElementsOf(FILES);
        }
    }

    @Test
    void sampleDocumentsValidateAgainstTheWrittenFiles() throws Exception {
        Path out = temp.resolve("schemas");
        FerryCli.run("schemas", "--out", out.toString());
        Schema assistant = loadFrom(out, "assistant.schema.json");
        Schema environments = loadFrom(out, "environments.schema.json");

        List<Error> assistantErrors = assistant.validate(read(SampleRepo.sampleDir().resolve(
                "assistants/front-desk.yaml")));
        List<Error> environmentErrors = environments.validate(read(SampleRepo.sampleDir().resolve(
                "environments.yaml")));

        assertThat(assistantErrors).isEmpty();
        assertThat(environmentErrors).isEmpty();
    }

    @Test
    void definitionsReachedThroughRelativeRefsApply() throws Exception {
        Path out = temp.resolve("schemas");
        FerryCli.run("schemas", "--out", out.toString());
        Schema assistant = loadFrom(out, "assistant.schema.json");
        JsonNode tooWarm = YamlReader.read(Fixtures.bytes(SchemasCommandTest.class,
                "schemas/temperature-too-high.yaml"), "x.yaml").root();

        List<Error> errors = assistant.validate(tooWarm);

        assertThat(errors).extracting(error -> error.getInstanceLocation().toString() + " " + error.getKeyword())
                .contains("/spec/model/temperature maximum");
    }

    @Test
    void missingOutIsAUsageError() {
        FerryCli.Result result = FerryCli.run("schemas");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("ferry: Missing required option: '--out=DIR'",
                "Run 'ferry schemas --help' for usage.");
    }

    /** Loads a schema from files only, as an editor would: networknt fetches nothing unless told how. */
    private static Schema loadFrom(Path folder, String name) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.resourceLoaders(loaders -> loaders.add(SchemasCommandTest::fileOnly)));
        return registry.getSchema(SchemaLocation.of(folder.resolve(name).toUri().toString()));
    }

    private static InputStreamSource fileOnly(AbsoluteIri iri) {
        if (!"file".equals(iri.getScheme())) {
            return null;
        }
        Path file = Path.of(URI.create(iri.toString()));
        return () -> Files.newInputStream(file);
    }

    private static JsonNode read(Path file) throws Exception {
        return YamlReader.read(Files.readAllBytes(file), file.toString()).root();
    }
}
