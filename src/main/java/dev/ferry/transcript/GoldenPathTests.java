package dev.ferry.transcript;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Environment;
import dev.ferry.config.Kind;
import dev.ferry.config.TranscriptFiles;
import dev.ferry.ledger.AppliedRevision;
import dev.ferry.ledger.LedgerStore;
import dev.ferry.ledger.TestVerdict;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiException;
import dev.ferry.vapi.VapiKind;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.ProjectState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code ferry test} use case: sends each golden-path transcript's user turns to its assistant in one
 * environment through Vapi's chat API, checks every reply, and records the verdict in the environment's
 * ledger. The assistants' tools really run in that environment. A transcript whose assistant is missing, a
 * failed expectation and a chat API error each fail their transcript; only a repo that cannot be loaded or an
 * org that cannot be listed stops the run. The verdict is written with the ledger's journal and atomic save,
 * but without apply's environment lock: an apply finishing at the same moment may write over it.
 */
public final class GoldenPathTests {
    /** Vapi's built-in end-call function; an {@code endCall} tool of the repo may name its own. */
    static final String VAPI_END_CALL = "endCall";

    private final Clock clock;

    public GoldenPathTests(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs the transcripts of {@code slugs} (every assistant's when empty) in {@code environmentName}, then
     * writes the verdict into {@code state/<env>.json}. {@code progress} hears one line per transcript.
     *
     * @throws FerryException exit 3 for an invalid repo, 2 for an unknown environment or a slug without
     *     transcripts, 1 when the org cannot be read
     */
    public TestReport run(Path root, String environmentName, List<String> slugs, Connections connections,
            Consumer<String> progress) {
        ProjectState project = ProjectState.load(root);
        Environment environment = project.environment(environmentName);
        List<Transcript> transcripts = select(root, slugs);
        LedgerStore ledger = LedgerStore.open(root, environment.name());
        if (transcripts.isEmpty()) {
            return new TestReport(environment.name(), slugs.isEmpty(), List.of());
        }
        VapiClient client = connections.client(environment);
        AssistantIds ids = new AssistantIds(ledger.snapshot(), client.list(VapiKind.ASSISTANT),
                project.render(environment));
        TurnCheck check = new TurnCheck(endCallNames(project));
        List<TranscriptResult> results = new ArrayList<>();
        for (Transcript transcript : transcripts) {
            Optional<String> id = ids.find(transcript.assistant());
            TranscriptResult result = id.isPresent() ? converse(client, id.get(), transcript, check)
                    : TranscriptResult.notStarted(transcript, ids.missing(transcript.assistant(), environment.name()));
            progress.accept(transcript.id() + ": " + (result.passed() ? "passed" : "failed"));
            results.add(result);
        }
        TestReport report = new TestReport(environment.name(), slugs.isEmpty(), results);
        record(ledger, report);
        return report;
    }

    private TranscriptResult converse(VapiClient client, String assistantId, Transcript transcript,
            TurnCheck check) {
        List<TurnResult> turns = new ArrayList<>();
        String chatId = null;
        boolean broken = false;
        for (Transcript.Turn turn : transcript.turns()) {
            if (broken) {
                turns.add(new TurnResult(turn.number(), turn.user(), TurnResult.Outcome.SKIPPED,
                        List.of("not sent: an earlier turn got no answer to continue from"), ""));
                continue;
            }
            ChatReply reply;
            try {
                reply = ChatReply.from(client.chat(assistantId, turn.user(), chatId));
            } catch (VapiException e) {
                broken = true;
                turns.add(new TurnResult(turn.number(), turn.user(), TurnResult.Outcome.ERROR,
                        List.of("the chat API failed: " + e.getMessage()), ""));
                continue;
            }
            chatId = reply.chatId().isEmpty() ? null : reply.chatId();
            List<String> problems = check.problems(turn.expect(), reply);
            turns.add(new TurnResult(turn.number(), turn.user(), problems.isEmpty() ? TurnResult.Outcome.PASSED
                    : TurnResult.Outcome.FAILED, problems, reply.text()));
            if (chatId == null) {
                broken = true; // without an id the next turn would start a new conversation
            }
        }
        return new TranscriptResult(transcript, null, turns);
    }

    private void record(LedgerStore ledger, TestReport report) {
        Optional<AppliedRevision> applied = ledger.snapshot().lastApplied();
        ledger.recordTests(new TestVerdict(applied.map(AppliedRevision::sha).orElse(null),
                applied.map(AppliedRevision::dirty).orElse(false), report.complete(), (int) report.passedCount(),
                (int) report.failedCount(), Instant.now(clock).toString()));
        ledger.save();
    }

    private static List<Transcript> select(Path root, List<String> slugs) {
        // The repo was validated by ProjectState.load, transcripts included, so every file parses here.
        List<Transcript> all = TranscriptFiles.read(root, new ArrayList<>()).stream().map(Transcript::parse).toList();
        if (slugs.isEmpty()) {
            return all;
        }
        for (String slug : new LinkedHashSet<>(slugs)) {
            if (all.stream().noneMatch(t -> t.assistant().equals(slug))) {
                throw new FerryException(ExitCode.USAGE, "no transcripts for '" + slug + "'; they live in "
                        + TranscriptFiles.FOLDER + "/" + slug + "/*.yaml");
            }
        }
        return all.stream().filter(t -> slugs.contains(t.assistant())).toList();
    }

    private static Set<String> endCallNames(ProjectState project) {
        Set<String> names = new LinkedHashSet<>(List.of(VAPI_END_CALL));
        project.report().repo().documents(Kind.TOOL).stream()
                .filter(tool -> "endCall".equals(tool.spec().path("type").asString("")))
                .map(tool -> tool.spec().path("function").path("name").asString(""))
                .filter(name -> !name.isEmpty())
                .forEach(names::add);
        return names;
    }
}
