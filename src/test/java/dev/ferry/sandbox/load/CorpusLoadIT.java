package dev.ferry.sandbox.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.canonical.CanonicalJson;
import dev.ferry.canonical.Canonicalizer;
import dev.ferry.canonical.IdResolver;
import dev.ferry.canonical.SecretMasker;
import dev.ferry.render.RefFields;
import dev.ferry.render.Target;
import dev.ferry.vapi.VapiKind;
import dev.ferry.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Acceptance: every real configuration in ../shared/corpus loads into one org, and reading each
 * object back gives the file's content apart from server fields, wired ids and stubbed refs.
 */
class CorpusLoadIT {
    private static final Set<String> SERVER_FIELDS = Set.of("id", "orgId", "createdAt", "updatedAt",
            "isServerUrlSecretSet", "latestVersion", "isDeleted", "analyticsMetadata", "workflowIds");

    private static Path corpus() {
        Path shared = Path.of(System.getProperty("ferry.shared.dir", "../shared"));
        Path corpus = shared.resolve("corpus");
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus not present at " + corpus.toAbsolutePath()
                + "; the corpus acceptance test needs it");
        return corpus;
    }

    @Test
    void everyCorpusFileLoadsIntoOneOrgAndReadsBackUnchanged() throws Exception {
        Path corpus = corpus();
        try (LoaderFixture sandbox = new LoaderFixture()) {
            LoadReport report = new ConfigLoader(sandbox.client).load(corpus);

            assertThat(report.loaded()).hasSize(15);
            assertThat(report.skipped()).containsExactly("SOURCES.md: Markdown without YAML front matter; not a "
                    + "configuration");
            Canonicalizer canonical = new Canonicalizer(IdResolver.NONE, SecretMasker.NONE, List.of());
            for (LoadReport.Loaded loaded : report.loaded()) {
                ObjectNode expected = expectedBody(corpus.resolve(loaded.file()), loaded.target(), report);
                ObjectNode live = sandbox.client.get(VapiKind.of(loaded.target()), loaded.id());
                SERVER_FIELDS.forEach(live::remove);
                assertThat(CanonicalJson.text(canonical.canonicalize(loaded.target(), live).tree()))
                        .as(loaded.file())
                        .isEqualTo(CanonicalJson.text(canonical.canonicalize(loaded.target(), expected).tree()));
            }
        }
    }

    @Test
    void referencesOutsideTheCorpusBecomeStubsOfTheRightKind() throws Exception {
        Path corpus = corpus();
        try (LoaderFixture sandbox = new LoaderFixture()) {
            LoadReport report = new ConfigLoader(sandbox.client).load(corpus);

            assertThat(report.stubs()).isNotEmpty().allMatch(line -> line.contains("which is not in the folder"));
            String stubTool = report.idOf(Target.TOOL, "end-call-tool-f2868f66").orElseThrow();
            assertThat(sandbox.client.get(VapiKind.TOOL, stubTool).at("/function/name").asString())
                    .isEqualTo("stub_end-call-tool-f2868f66");
            String stubCredential = report.idOf(Target.CREDENTIAL, "2f6db611-ad08-4099-8bd8-74db37b0a07e").orElseThrow();
            assertThat(sandbox.client.get(VapiKind.CREDENTIAL, stubCredential).get("provider").asString())
                    .isEqualTo("custom-credential");
        }
    }

    /** The file as the loader sends it, with every ref replaced by the id it was wired to. */
    private static ObjectNode expectedBody(Path file, Target target, LoadReport report) throws Exception {
        String name = file.getFileName().toString();
        ObjectNode body = (ObjectNode) YamlReader.read(Files.readAllBytes(file), name).root();
        SERVER_FIELDS.forEach(body::remove);
        if (body.has("assistant_ids")) {
            body.set("assistantIds", body.remove("assistant_ids"));
        }
        if (body.path("server") instanceof ObjectNode server) {
            server.remove("secret"); // write-only: the API never returns it
        }
        for (RefFields.RefField field : RefFields.of(target)) {
            Placeholders.forEachMatch(body, field.pattern(), (parent, at, value, path) -> Placeholders.set(parent, at,
                    report.idOf(field.target(), value).orElseThrow(() -> new AssertionError(
                            name + ": " + path + " was not wired"))));
        }
        return body;
    }
}
