package dev.ferry.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.canonical.CanonicalJson;
import dev.ferry.canonical.Canonicalizer;
import dev.ferry.canonical.IdResolver;
import dev.ferry.config.Environment;
import dev.ferry.config.Finding;
import dev.ferry.export.LiveObject;
import dev.ferry.render.LiveIndex;
import dev.ferry.render.RenderedResource;
import dev.ferry.render.Renderer;
import dev.ferry.schema.RepoValidator;
import dev.ferry.schema.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * An imported gitops repository validates, and rendering it for each environment gives back the
 * payloads that environment's folder described, ids aside.
 */
class GitopsImporterTest {
    static final Path FIXTURES = Path.of("src/test/resources/dev/ferry/gitops");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path temp;

    @Test
    void twoEnvironmentFoldersRenderBackToTheirOwnPayloads() {
        ImportResult result = new GitopsImporter().read(FIXTURES.resolve("two-environments"));
        Path repo = temp.resolve("platform");
        ImportWriter.write(result, repo);

        ValidationReport report = new RepoValidator().validate(repo, TODAY);

        assertThat(report.findings()).extracting(Finding::format).isEmpty();
        assertThat(result.environments()).extracting(EnvironmentObjects::name).containsExactly("dev", "prod");
        for (EnvironmentObjects environment : result.environments()) {
            assertThat(mismatches(report, environment)).as(environment.name()).isEmpty();
        }
    }

    @Test
    void modelNameAndWebhookHostThatDifferBecomeParamsOfEachEnvironment() {
        ImportResult result = new GitopsImporter().read(FIXTURES.resolve("two-environments"));
        Path repo = temp.resolve("platform");
        ImportWriter.write(result, repo);

        ValidationReport report = new RepoValidator().validate(repo, TODAY);

        Environment dev = report.environments().orElseThrow().find("dev").orElseThrow();
        Environment prod = report.environments().orElseThrow().find("prod").orElseThrow();
        assertThat(dev.params()).extractingByKeys("model", "serverUrlBase").extracting(JsonNode::asString)
                .containsExactly("gpt-4.1-mini", "https://hooks.dev.harbor.example");
        assertThat(prod.params()).extractingByKeys("model", "serverUrlBase").extracting(JsonNode::asString)
                .containsExactly("gpt-4.1", "https://hooks.harbor.example");
        assertThat(dev.isSandbox()).isTrue();
        assertThat(prod.isSandbox()).isTrue();
        assertThat(prod.promotesFromName()).contains("dev");
        assertThat(text(result, "tools/lookup-order.yaml"))
                .contains("url: ${params.serverUrlBase}/vapi/tools/lookup-order");
        assertThat(text(result, "assistants/front-desk.yaml")).contains("model: ${params.model}")
                .contains("systemPromptRef: prompts/front-desk.md").contains("- ref: lookup-order");
        assertThat(text(result, "structured-outputs/call-summary.yaml")).contains("- ref: front-desk")
                .doesNotContain("assistant_ids");
        assertThat(text(result, "prompts/front-desk.md")).startsWith("# Harbor front desk\n");
    }

    @Test
    void singleEnvironmentLayoutBecomesDevAndRendersBack() {
        ImportResult result = new GitopsImporter().read(FIXTURES.resolve("single-environment"));
        Path repo = temp.resolve("platform");
        ImportWriter.write(result, repo);

        ValidationReport report = new RepoValidator().validate(repo, TODAY);

        assertThat(report.findings()).extracting(Finding::format).isEmpty();
        assertThat(result.environments()).extracting(EnvironmentObjects::name).containsExactly("dev");
        assertThat(mismatches(report, result.environments().get(0))).isEmpty();
        assertThat(text(result, "environments.yaml")).doesNotContain("params");
        assertThat(result.notes()).extracting(ImportNote::format).containsExactly(
                "resources/.vapi-ignore: gitops ignore rules are not carried over; write the ones you need as ignore "
                        + "rules in environments.yaml (with a reason)");
    }

    @Test
    void eachStateFileNamesAnEnvironmentOfTheSingleLayout() throws Exception {
        Path gitops = GitopsFixtures.copy("single-environment", temp.resolve("gitops"));
        java.nio.file.Files.writeString(gitops.resolve(".vapi-state.prod.json"), "{}\n");
        java.nio.file.Files.writeString(gitops.resolve(".vapi-state.dev.json"), "{}\n");

        ImportResult result = new GitopsImporter().read(gitops);

        assertThat(result.environments()).extracting(EnvironmentObjects::name).containsExactly("dev", "prod");
        assertThat(text(result, "environments.yaml")).doesNotContain("params").contains("promotesFrom: dev");
    }

    @Test
    void aNumberThatDiffersIsNotedAndTheFirstEnvironmentsValueKept() throws Exception {
        Path gitops = GitopsFixtures.copy("two-environments", temp.resolve("gitops"));
        GitopsFixtures.replace(gitops.resolve("resources/prod/assistants/front-desk.md"), "temperature: 0.4",
                "temperature: 0.2");

        ImportResult result = new GitopsImporter().read(gitops);

        assertThat(result.notes()).extracting(ImportNote::format).contains("resources/dev/assistants/front-desk.md: "
                + "model.temperature: prod has another value than dev; Ferry keeps dev's value for every environment");
        assertThat(text(result, "assistants/front-desk.yaml")).contains("temperature: 0.4");
    }

    @Test
    void aTokenThatDiffersIsNeverMadeAParam() throws Exception {
        Path gitops = GitopsFixtures.copy("two-environments", temp.resolve("gitops"));
        GitopsFixtures.replace(gitops.resolve("resources/prod/tools/end-call.yml"), "  name: end_call\n",
                "  name: end_call\n  description: Q3xT9mZ2pL8vR4nW6yB1cD5fG7hJ0kPROD\n");
        GitopsFixtures.replace(gitops.resolve("resources/dev/tools/end-call.yml"), "  name: end_call\n",
                "  name: end_call\n  description: Q3xT9mZ2pL8vR4nW6yB1cD5fG7hJ0kDEV\n");

        ImportResult result = new GitopsImporter().read(gitops);

        assertThat(result.notes()).extracting(ImportNote::format).contains("resources/dev/tools/end-call.yml: "
                + "function.description: differs between environments and looks like a key or token, so it is not "
                + "made a param; write a ${secrets://...} reference there and keep each value in its environment's "
                + "secret store");
        assertThat(text(result, "environments.yaml")).doesNotContain("Q3xT9mZ2pL8vR4nW6yB1cD5fG7hJ0k");
    }

    @Test
    void snakeCaseFieldsAreSpelledAsTheApiSpellsThem() throws Exception {
        Path gitops = GitopsFixtures.copy("single-environment", temp.resolve("gitops"));
        GitopsFixtures.replace(gitops.resolve("resources/assistants/reception.md"), "name: Quayside Reception\n",
                "name: Quayside Reception\nend_call_message: Goodbye from Quayside.\n");

        ImportResult result = new GitopsImporter().read(gitops);

        assertThat(text(result, "assistants/reception.yaml")).contains("endCallMessage: Goodbye from Quayside.")
                .doesNotContain("end_call_message");
        assertThat(text(result, "structured-outputs/booking-outcome.yaml")).contains("- ref: reception");
        assertThat(result.notes()).extracting(ImportNote::format).contains("resources/assistants/reception.md: "
                + "end_call_message: written as endCallMessage, the API's spelling; check that Vapi knows this field");
    }

    @Test
    void aFileInOneEnvironmentOnlyIsNoted() throws Exception {
        Path gitops = GitopsFixtures.copy("two-environments", temp.resolve("gitops"));
        java.nio.file.Files.delete(gitops.resolve("resources/prod/tools/end-call.yml"));

        ImportResult result = new GitopsImporter().read(gitops);

        assertThat(result.notes()).extracting(ImportNote::format).contains("resources/dev/tools/end-call.yml: only in "
                + "dev; Ferry keeps one spec, so every environment gets it");
    }

    /** Each object of the environment against what the repo renders for it, both in canonical form. */
    private static List<String> mismatches(ValidationReport report, EnvironmentObjects environment) {
        Environment target = report.environments().orElseThrow().find(environment.name()).orElseThrow();
        Map<String, String> idByKey = new HashMap<>();
        Map<String, String> keyById = new HashMap<>();
        environment.objects().forEach(object -> {
            String slug = environment.slugs().get(object.id());
            idByKey.put(object.target() + "/" + slug, object.id());
            keyById.put(object.target() + "/" + object.id(), slug);
        });
        LiveIndex index = (kind, key) -> Optional.ofNullable(idByKey.get(kind + "/" + key));
        IdResolver ids = (kind, id) -> Optional.ofNullable(keyById.get(kind + "/" + id));
        Canonicalizer canonicalizer = new Canonicalizer(ids, value -> Optional.empty(), List.of());
        Map<String, RenderedResource> rendered = new HashMap<>();
        new Renderer(report.repo()).render(target, index)
                .forEach(resource -> rendered.put(resource.target() + "/" + resource.key(), resource));
        List<String> mismatches = new ArrayList<>();
        for (LiveObject original : environment.objects()) {
            String key = original.target() + "/" + environment.slugs().get(original.id());
            RenderedResource mine = rendered.remove(key);
            String expected = CanonicalJson.text(canonicalizer.canonicalize(original.target(), original.body()).tree());
            String actual = mine == null ? "(not rendered)"
                    : CanonicalJson.text(canonicalizer.canonicalize(original.target(), mine.payload()).tree());
            if (!expected.equals(actual)) {
                mismatches.add(key + "\n  gitops:   " + expected + "\n  rendered: " + actual);
            }
        }
        rendered.keySet().forEach(key -> mismatches.add("rendered but not in gitops: " + key));
        return mismatches;
    }

    private static String text(ImportResult result, String path) {
        return new String(result.files().get(path), java.nio.charset.StandardCharsets.UTF_8);
    }
}
