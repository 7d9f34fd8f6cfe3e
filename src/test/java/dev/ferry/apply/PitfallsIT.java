package dev.ferry.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ExitCode;
import dev.ferry.sandbox.FaultSpec;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.InstantTime;
import dev.ferry.testing.ManyResources;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.SandboxRepo;
import dev.ferry.testing.ScriptedProxy;
import dev.ferry.vapi.VapiKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The pitfall entries on apply, each as its test case with the values the entry expects. */
class PitfallsIT {
    @TempDir
    Path folder;

    private static String ledger(SandboxRepo repo) throws IOException {
        return Files.readString(repo.root().resolve("state/dev.json"));
    }

    private static ObjectNode endCallTool() {
        ObjectNode tool = JsonNodeFactory.instance.objectNode().put("type", "endCall");
        tool.putObject("function").put("name", "end_call")
                .put("description", "End the call once the caller has nothing else.");
        return tool;
    }

    @Test
    void b03StaleBaselineWithGitAndOrgInAgreementPlansNothingAndApplyOnlyRefreshesTheLedger() throws IOException {
        try (SandboxRepo repo = SandboxRepo.start(folder, FaultSpec.NONE)) {
            repo.ferry("apply", "--env", "dev", "--approve");
            String ledger = ledger(repo);
            String hash = ledger.replaceAll("(?s).*\"tool/end-call\" : \\{.*?\"hash\" : \"([0-9a-f]+)\".*", "$1");
            Files.writeString(repo.root().resolve("state/dev.json"), ledger.replace(hash, "0".repeat(64)));

            FerryCli.Result plan = repo.ferry("plan", "--env", "dev", "--detailed-exitcode");
            ApplyResultLines applied = ApplyResultLines.of(repo.ferry("apply", "--env", "dev", "--approve"));

            assertThat(plan.exitCode()).isZero();
            assertThat(applied.exitCode()).isZero();
            assertThat(applied.err()).contains("No changes in dev");
            assertThat(ledger(repo)).contains(hash).doesNotContain("0".repeat(64));
            assertThat(newestAudit(repo)).allSatisfy(line -> assertThat(line).contains("\"method\":\"GET\""));
        }
    }

    @Test
    void b03GitAndTheOrgBothChangedSinceTheLastApplyIsAConflictInPlanAndApply() {
        try (SandboxRepo repo = SandboxRepo.start(folder, FaultSpec.NONE)) {
            repo.ferry("apply", "--env", "dev", "--approve");
            repo.edit("tools/end-call.yaml", "End the call once", "End the call as soon as");
            ObjectNode live = repo.find("dev", VapiKind.TOOL, "end_call");
            ObjectNode function = (ObjectNode) live.get("function").deepCopy();
            function.put("description", "Changed in the dashboard.");
            repo.client("dev").update(VapiKind.TOOL, live.get("id").asString(),
                    function.objectNode().set("function", function));

            FerryCli.Result plan = repo.ferry("plan", "--env", "dev");
            FerryCli.Result applied = repo.ferry("apply", "--env", "dev", "--approve");

            String line = "  ~ update   # tool/end-call";
            assertThat(plan.out()).contains(line);
            assertThat(applied.out()).contains(line);
        }
    }

    @Test
    void b06ATargetedApplyAdoptsTheToolTheOrgAlreadyHasAndNeverPostsIt() throws IOException {
        try (SandboxRepo repo = SandboxRepo.fromFixture(getClass(), "adopt-by-name", folder);
                ScriptedProxy proxy = new ScriptedProxy(repo.server().baseUrl().toString())) {
            String existing = repo.client("dev").create(VapiKind.TOOL, endCallTool()).get("id").asString();
            repo.set("FERRY_DEV_API", proxy.url());

            FerryCli.Result first = repo.ferry("apply", "--env", "dev", "intake", "--approve");
            long writesAfterFirst = proxy.count(ScriptedProxy::isWrite);
            FerryCli.Result second = repo.ferry("apply", "--env", "dev", "intake", "--approve");

            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(second.exitCode()).as(second.err()).isZero();
            assertThat(proxy.count(line -> line.equals("POST /tool"))).isZero();
            assertThat(proxy.count(ScriptedProxy::isWrite)).isEqualTo(writesAfterFirst);
            assertThat(ledger(repo)).contains("\"id\" : \"" + existing + "\"");
            assertThat(repo.find("dev", VapiKind.ASSISTANT, "Intake").at("/model/toolIds/0").asString())
                    .isEqualTo(existing);
        }
    }

    @Test
    void b06TwoToolsWithTheNameAreNotJoinedByAThirdAndTheLowestIdIsAdopted() {
        try (SandboxRepo repo = SandboxRepo.fromFixture(getClass(), "adopt-by-name", folder)) {
            String a = repo.client("dev").create(VapiKind.TOOL, endCallTool()).get("id").asString();
            String b = repo.client("dev").create(VapiKind.TOOL, endCallTool()).get("id").asString();
            String lowest = a.compareTo(b) < 0 ? a : b;

            FerryCli.Result plan = repo.ferry("plan", "--env", "dev");
            FerryCli.Result applied = repo.ferry("apply", "--env", "dev", "--approve");

            assertThat(plan.out()).contains("warning: tool 'end_call' (tools/end-call.yaml) matches 2 live objects; "
                    + "adopting " + lowest + " (the lowest id)");
            assertThat(applied.exitCode()).as(applied.err()).isZero();
            assertThat(repo.names("dev", VapiKind.TOOL)).containsEntry("end_call", 2);
            assertThat(repo.find("dev", VapiKind.ASSISTANT, "Intake").at("/model/toolIds/0").asString())
                    .isEqualTo(lowest);
        }
    }

    @Test
    void b07ARunThatFailsOnItsThirdCreateKeepsTheFirstTwoAndTheNextRunPostsOnlyTheThird() throws IOException {
        try (SandboxRepo repo = SandboxRepo.fromFixture(getClass(), "three-tools", folder);
                ScriptedProxy proxy = new ScriptedProxy(repo.server().baseUrl().toString())) {
            repo.set("FERRY_DEV_API", proxy.url());
            proxy.from(line -> line.equals("POST /tool"), 3, ScriptedProxy.Outcome.refuse(500,
                    "{\"message\":\"Internal server error\",\"statusCode\":500}"));

            var first = repo.apply("dev", false, new InstantTime());
            String ledger = ledger(repo);
            proxy.clearRules();
            long postsBefore = proxy.count(line -> line.equals("POST /tool"));
            var second = repo.apply("dev", false, new InstantTime());

            assertThat(first.exitCode()).isEqualTo(ExitCode.PARTIAL_APPLY);
            assertThat(first.problems()).singleElement().asString().startsWith("tools/lookup-c.yaml: the org never "
                    + "confirmed the create in 6 attempts");
            assertThat(first.notDone()).containsExactly("create tool/lookup-c");
            assertThat(ledger).contains("\"tool/lookup-a\"").contains("\"tool/lookup-b\"")
                    .doesNotContain("\"tool/lookup-c\"");
            assertThat(second.exitCode()).isZero();
            assertThat(proxy.count(line -> line.equals("POST /tool")) - postsBefore).isEqualTo(1);
            assertThat(repo.names("dev", VapiKind.TOOL)).containsOnlyKeys("lookup_a", "lookup_b", "lookup_c")
                    .allSatisfy((name, count) -> assertThat(count).isEqualTo(1));
        }
    }

    @Test
    void b11A429AndALostAnswerInABulkCreateEndWithThirtyToolsAndNoDuplicate() {
        Path root = folder.resolve("platform");
        ManyResources.write(root, 30, 0, 0, 1000, 1);
        try (SandboxRepo repo = SandboxRepo.startAt(root, FaultSpec.NONE);
                ScriptedProxy proxy = new ScriptedProxy(repo.server().baseUrl().toString())) {
            repo.set("FERRY_DEV_API", proxy.url());
            proxy.on(line -> true, 5, ScriptedProxy.Outcome.tooManyRequests(2));
            proxy.on(line -> line.equals("POST /tool"), 3, ScriptedProxy.Outcome.performedThen(502));
            InstantTime time = new InstantTime();

            var result = repo.apply("dev", false, time);

            assertThat(result.exitCode()).isZero();
            assertThat(result.done()).hasSize(30);
            assertThat(result.done()).filteredOn(line -> line.startsWith("adopted tool/")).hasSize(1);
            assertThat(time.waits()).contains(Duration.ofSeconds(2));
            assertThat(repo.names("dev", VapiKind.TOOL)).hasSize(30)
                    .allSatisfy((name, count) -> assertThat(count).isEqualTo(1));
        }
    }

    @Test
    void b12AnIgnoredLiveToolIsNeverPlannedAndAFileMatchingTheRuleIsRetained() {
        try (SandboxRepo repo = SandboxRepo.start(folder, FaultSpec.NONE)) {
            repo.ferry("apply", "--env", "dev", "--approve");
            ObjectNode legacy = JsonNodeFactory.instance.objectNode().put("type", "endCall");
            legacy.putObject("function").put("name", "legacy-ivr-menu");
            repo.client("dev").create(VapiKind.TOOL, legacy);
            SampleRepo.write(repo.root(), "tools/legacy-hangup.yaml", """
                    kind: Tool
                    apiVersion: v1
                    metadata: {name: legacy-hangup}
                    spec:
                      type: endCall
                      function: {name: legacy-hangup}
                    """);

            FerryCli.Result plan = repo.ferry("plan", "--env", "dev", "--prune");

            assertThat(plan.exitCode()).as(plan.err()).isZero();
            assertThat(plan.out()).doesNotContain("legacy-ivr-menu").contains("warning: tools/legacy-hangup.yaml: "
                    + "'legacy-hangup' matches an ignore rule; retained (ignored), not planned");
            assertThat(plan.outLines()).last().isEqualTo("Plan: 0 to create, 0 to update, 0 to replace, 0 to delete, "
                    + "19 unchanged.");
        }
    }

    @Test
    void b13PruneWithAnEmptyDesiredSetIsRefusedAndDeletesNothing() throws IOException {
        try (SandboxRepo repo = SandboxRepo.start(folder, FaultSpec.NONE)) {
            repo.ferry("apply", "--env", "dev", "--approve");
            // The transcripts go too: left alone, they would name assistants that no longer exist (exit 3).
            for (String kind : List.of("assistants", "squads", "tools", "knowledge", "structured-outputs", "tests")) {
                deleteTree(repo.root().resolve(kind));
            }

            FerryCli.Result plan = repo.ferry("plan", "--env", "dev", "--prune");
            FerryCli.Result apply = repo.ferry("apply", "--env", "dev", "--prune", "--approve");

            String message = "ferry: refusing to delete 19 of 19 remote resources: local desired set is empty\n";
            assertThat(plan.exitCode()).isEqualTo(ExitCode.REFUSED);
            assertThat(plan.err()).isEqualTo(message);
            assertThat(apply.err()).isEqualTo(message);
            assertThat(repo.names("dev", VapiKind.ASSISTANT)).hasSize(5);
        }
    }

    @Test
    void b19AnIdWrittenIntoGitThatTheTargetOrgLacksIsRefusedBeforeAnyWrite() {
        try (SandboxRepo repo = SandboxRepo.start(folder, FaultSpec.NONE)) {
            SampleRepo.write(repo.root(), "assistants/raw-ids.yaml", """
                    kind: Assistant
                    apiVersion: v1
                    metadata: {name: raw-ids}
                    spec:
                      name: Raw Ids
                      model:
                        provider: openai
                        model: gpt-4.1-mini
                        toolIds: ["1111aaaa-0000-4000-8000-000000000001"]
                    """);

            FerryCli.Result result = repo.ferry("apply", "--env", "dev", "--approve");

            assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_CONFIG);
            assertThat(result.err()).isEqualTo("ferry: assistants/raw-ids.yaml: model.toolIds[0] is unresolved in "
                    + "target org dev (1111aaaa-0000-4000-8000-000000000001); refer to the tool with a ref instead of "
                    + "an id\n");
            assertThat(repo.names("dev", VapiKind.ASSISTANT)).isEmpty();
        }
    }

    @Test
    void b37AToolAnUnmanagedAssistantStillUsesIsNotPruned() {
        try (SandboxRepo repo = SandboxRepo.start(folder, FaultSpec.NONE)) {
            repo.ferry("apply", "--env", "dev", "--approve");
            String warranty = repo.find("dev", VapiKind.TOOL, "warranty_lookup").get("id").asString();
            ObjectNode legacy = JsonNodeFactory.instance.objectNode().put("name", "Legacy Intake");
            legacy.putObject("model").put("provider", "openai").put("model", "gpt-4o").putArray("toolIds")
                    .add(warranty);
            String legacyId = repo.client("dev").create(VapiKind.ASSISTANT, legacy).get("id").asString();
            SampleRepo.delete(repo.root(), "tools/warranty-lookup.yaml");

            FerryCli.Result plan = repo.ferry("plan", "--env", "dev", "--prune");

            assertThat(plan.out()).contains("warning: tool/warranty-lookup: " + warranty + " is still referenced by "
                    + "assistant " + legacyId + " 'Legacy Intake' (model.toolIds); not deleting it");
            assertThat(plan.outLines()).last().asString().contains("0 to delete");
        }
    }

    @Test
    void b37PruneUpdatesEveryAssistantThatUsedAToolBeforeDeletingIt() {
        try (SandboxRepo repo = SandboxRepo.start(folder, FaultSpec.NONE)) {
            repo.ferry("apply", "--env", "dev", "--approve");
            for (String assistant : List.of("after-hours", "recepcion-es", "billing-agent", "booking-agent",
                    "front-desk")) {
                repo.edit("assistants/" + assistant + ".yaml", "    - ref: end-call\n", "");
            }
            SampleRepo.delete(repo.root(), "tools/end-call.yaml");

            var result = repo.apply("dev", true, new InstantTime());

            assertThat(result.exitCode()).as(result.problems().toString()).isZero();
            assertThat(result.done()).hasSize(6);
            assertThat(result.done().get(5)).startsWith("deleted tool/end-call ");
            assertThat(result.done().subList(0, 5))
                    .allSatisfy(line -> assertThat(line).startsWith("updated assistant/"));
            assertThat(repo.names("dev", VapiKind.TOOL)).doesNotContainKey("end_call");
        }
    }

    @Test
    void b40EveryMessageOfARejectedWriteIsShownAtItsLineAndTheRunSaysWhatIsLeft() {
        try (SandboxRepo repo = SandboxRepo.fromFixture(getClass(), "server-rejects", folder);
                ScriptedProxy proxy = new ScriptedProxy(repo.server().baseUrl().toString())) {
            repo.set("FERRY_DEV_API", proxy.url());
            proxy.on(line -> line.equals("POST /tool"), 1, ScriptedProxy.Outcome.refuse(400, "{\"message\":[\"property "
                    + "tools should not exist\",\"type must be one of the following values: function, apiRequest\"],"
                    + "\"error\":\"Bad Request\",\"statusCode\":400}"));

            FerryCli.Result result = repo.ferry("apply", "--env", "dev", "--approve");

            assertThat(result.exitCode()).isEqualTo(ExitCode.PARTIAL_APPLY);
            assertThat(result.errLines()).contains(
                    "error: tools/lookup.yaml:10:3: server rejected: property tools should not exist",
                    "error: tools/lookup.yaml:6:3: server rejected: type must be one of the following values: "
                            + "function, apiRequest",
                    "  not done: create tool/lookup");
            assertThat(result.err()).doesNotContain("Exception");
        }
    }

    private static List<String> newestAudit(SandboxRepo repo) throws IOException {
        try (Stream<Path> runs = Files.list(repo.root().resolve(".ferry/runs"))) {
            // Two runs may start in one second, so their ids do not order them; their records do.
            Path newest = runs.max(Comparator.comparing(run -> startedAt(run))).orElseThrow();
            return Files.readAllLines(newest.resolve("audit.jsonl"));
        }
    }

    private static String startedAt(Path run) {
        try {
            return Files.readString(run.resolve("run.json")).replaceAll("(?s).*\"startedAt\" : \"([^\"]+)\".*", "$1");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The result of an apply through the command line. */
    private record ApplyResultLines(int exitCode, String err) {
        static ApplyResultLines of(FerryCli.Result result) {
            return new ApplyResultLines(result.exitCode(), result.err());
        }
    }
}
