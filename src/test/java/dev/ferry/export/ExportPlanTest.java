package dev.ferry.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.render.Target;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ExportPlanTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path folder;

    @Test
    void exportingTwiceGivesByteIdenticalFilesWhateverTheOrderTheOrgListedThingsIn() {
        List<LiveObject> live = RoundTrip.liveFromSample("dev");
        List<LiveObject> shuffled = new ArrayList<>();
        Random random = new Random(42);
        for (LiveObject object : live) {
            ObjectNode body = (ObjectNode) shuffleKeys(object.body(), random);
            shuffled.add(new LiveObject(object.target(), body, object.content()));
        }
        Collections.shuffle(shuffled, random);

        Map<String, String> first = contents(new Exporter().export(live, RoundTrip.environment("dev"),
                ExportOptions.all()));
        Map<String, String> second = contents(new Exporter().export(shuffled, RoundTrip.environment("dev"),
                ExportOptions.all()));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anExistingFileWithOtherContentStopsTheWholeWriteWithoutForce() throws IOException {
        Path repo = RoundTrip.emptyRepo(folder.resolve("repo"));
        Files.createDirectories(repo.resolve("tools"));
        Files.writeString(repo.resolve("tools/end-call.yaml"), "# mine\nkind: Tool\n");

        ExportPlan plan = new Exporter().export(List.of(endCall(null)), RoundTrip.environment("dev"),
                ExportOptions.all());

        assertThat(plan.preview(repo, false)).extracting(FileChange::format)
                .containsExactly("conflict tools/end-call.yaml");
        assertThatThrownBy(() -> plan.write(repo, false)).isInstanceOf(FerryException.class)
                .hasMessage("export would overwrite 1 existing file with other content: tools/end-call.yaml; "
                        + "nothing was written. Run again with --force to overwrite (comments in them are kept)")
                .extracting(e -> ((FerryException) e).exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(Files.readString(repo.resolve("tools/end-call.yaml"))).isEqualTo("# mine\nkind: Tool\n");
    }

    @Test
    void commentsSurviveExportForceIntoAnExistingFile() throws IOException {
        Path repo = RoundTrip.emptyRepo(folder.resolve("repo"));
        new Exporter().export(List.of(endCall(null)), RoundTrip.environment("dev"), ExportOptions.all())
                .write(repo, false);
        Path file = repo.resolve("tools/end-call.yaml");
        String annotated = "# Reviewed by compliance - change only via ticket\n"
                + Files.readString(file).replace("  type: endCall\n", "  type: endCall # the built-in one\n")
                        .replace("  function:\n", "  # what the model sees\n  function:\n")
                + "# end of file\n";
        Files.writeString(file, annotated);

        ExportPlan changed = new Exporter().export(List.of(endCall(new BigDecimal("4000"))),
                RoundTrip.environment("dev"), ExportOptions.all());
        List<FileChange> written = changed.write(repo, true);
        String after = Files.readString(file);
        List<FileChange> again = changed.write(repo, false);

        assertThat(written).extracting(FileChange::format).containsExactly("overwrite tools/end-call.yaml");
        assertThat(after).startsWith("# Reviewed by compliance - change only via ticket\n")
                .contains("  type: endCall # the built-in one\n", "  # what the model sees\n  function:\n",
                        "  timingMilliseconds: 4000\n")
                .endsWith("# end of file\n");
        assertThat(again).extracting(FileChange::action).containsExactly(FileChange.Action.UNCHANGED);
        assertThat(Files.readString(file)).isEqualTo(after);
    }

    @Test
    void aCommentOnARemovedKeyGoesWithItAndIsReported() throws IOException {
        Path repo = RoundTrip.emptyRepo(folder.resolve("repo"));
        new Exporter().export(List.of(endCall(new BigDecimal("4000"))), RoundTrip.environment("dev"),
                ExportOptions.all()).write(repo, false);
        Path file = repo.resolve("tools/end-call.yaml");
        Files.writeString(file, Files.readString(file).replace("  timingMilliseconds:",
                "  # tuned for slow lines\n  timingMilliseconds:"));

        List<FileChange> written = new Exporter().export(List.of(endCall(null)), RoundTrip.environment("dev"),
                ExportOptions.all()).write(repo, true);

        assertThat(written).extracting(FileChange::format).containsExactly("overwrite tools/end-call.yaml "
                + "(comment removed together with spec.timingMilliseconds)");
        assertThat(Files.readString(file)).doesNotContain("tuned for slow lines", "timingMilliseconds");
    }

    static LiveObject endCall(BigDecimal timing) {
        ObjectNode body = RoundTrip.dressAsLive(NODES.objectNode(), "3f1c2d6e-0000-4000-8000-00000000e0c1");
        body.put("type", "endCall");
        body.putObject("function").put("name", "end_call").put("description", "End the call.");
        if (timing != null) {
            body.put("timingMilliseconds", timing);
        }
        return LiveObject.of(Target.TOOL, body);
    }

    private static Map<String, String> contents(ExportPlan plan) {
        return plan.files().stream().collect(Collectors.toMap(ExportFile::path, ExportFile::text, (a, b) -> a,
                TreeMap::new));
    }

    private static JsonNode shuffleKeys(JsonNode node, Random random) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>(node.propertyNames());
            Collections.shuffle(keys, random);
            ObjectNode shuffled = NODES.objectNode();
            keys.forEach(key -> shuffled.set(key, shuffleKeys(node.get(key), random)));
            return shuffled;
        }
        if (node.isArray()) {
            var array = NODES.arrayNode();
            node.forEach(item -> array.add(shuffleKeys(item, random)));
            return array;
        }
        return node;
    }
}
