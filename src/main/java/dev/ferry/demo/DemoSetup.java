package dev.ferry.demo;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Environment;
import dev.ferry.git.GitRepository;
import dev.ferry.sandbox.SandboxHost;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiKind;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.ProjectState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the demo: a copy of the sample platform repo in a fresh Git repository, its three
 * environments filled in the embedded sandbox, and the differences a real team would have, made
 * through the API as a person in the dashboard would make them.
 */
public final class DemoSetup {
    /** The assistant prod has not received yet. */
    static final String NEWEST_ASSISTANT = "after-hours";

    private static final String CHAT_RULES_RESOURCE = "demo-chat-rules.yaml";
    private static final String CHAT_RULES_FILE = "chat-rules.yaml";

    private DemoSetup() {}

    /**
     * Copies {@code sample} into {@code target} (which must be empty or missing) and commits it in the
     * steps of {@link DemoHistory}, so that environments can stand at different commits.
     */
    public static void createRepo(Path sample, Path target) {
        try {
            if (Files.exists(target) && Files.list(target).findAny().isPresent()) {
                throw new FerryException(ExitCode.USAGE, target + " is not empty; the demo needs a new folder");
            }
            copy(sample, target);
            useDemoSecrets(target);
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot create the demo repo in " + target + ": "
                    + e.getMessage(), e);
        }
        DemoHistory.commit(target, NEWEST_ASSISTANT);
    }

    /**
     * Applies the repo's history to the environments, each one commit further behind than the one it
     * promotes to (dev at the newest commit, uat one behind, prod two behind), running the golden-path
     * transcripts after each apply as the sample CI does (prod's checklist wants uat's verdict), commits
     * their ledgers, then makes the hand edits; returns one line per thing done.
     */
    public static List<String> fill(Path repo, Map<String, String> env) {
        installChatRules(repo.resolve(SandboxHost.REPO_FOLDER));
        ProjectState project = ProjectState.load(repo);
        List<Environment> order = project.environments().inPromotionOrder();
        List<String> revisions = DemoHistory.revisions(repo);
        DemoApplies applies = new DemoApplies(repo, env);
        List<String> done = new ArrayList<>();
        for (int step = 0; step < revisions.size(); step++) {
            for (int position = 0; position < order.size(); position++) {
                if (position <= revisions.size() - 1 - step) {
                    applies.apply(order.get(position).name(), revisions.get(step));
                    applies.test(order.get(position).name());
                }
            }
        }
        for (int position = 0; position < order.size(); position++) {
            int behind = Math.min(position, revisions.size() - 1);
            String sha = revisions.get(revisions.size() - 1 - behind);
            done.add(order.get(position).name() + ": applied " + GitRepository.shortSha(sha)
                    + (behind == 0 ? " (the newest commit)" : ", " + behind + (behind == 1 ? " commit" : " commits")
                            + " behind"));
        }
        DemoHistory.commitState(repo);
        try (Connections connections = new Connections(repo, env, builder -> builder.rateLimits(DemoApplies.LOCAL))) {
            project.environments().find("uat").ifPresent(uat -> {
                VapiClient client = connections.client(uat);
                DashboardEdits.editPrompt(client, "Larkspur Front Desk", "Short sentences.", "Keep it short.");
                DashboardEdits.editToolTimeout(client, "book_appointment", 45);
                client.create(VapiKind.ASSISTANT, handMade());
                done.add("uat: front desk prompt and booking timeout edited in the dashboard; Holiday Promo Line "
                        + "made by hand");
            });
            project.environments().find("prod").ifPresent(prod -> {
                connections.client(prod).create(VapiKind.ASSISTANT, legacy());
                done.add("prod: a 2024-style Legacy IVR Greeter made by hand is still there");
            });
        }
        done.add("sandbox: scripted chat replies installed, so ferry test passes on the sample transcripts");
        return done;
    }

    /**
     * Writes the demo's scripted chat replies into a sandbox data folder as {@code chat-rules.yaml} and returns
     * the file. They stand in for a model so that the sample transcripts pass; see docs/sandbox.md.
     */
    public static Path installChatRules(Path sandboxFolder) {
        Path file = sandboxFolder.resolve(CHAT_RULES_FILE);
        try (InputStream rules = DemoSetup.class.getResourceAsStream(CHAT_RULES_RESOURCE)) {
            if (rules == null) {
                throw new IllegalStateException(CHAT_RULES_RESOURCE + " is missing from the jar");
            }
            Files.createDirectories(sandboxFolder);
            Files.write(file, rules.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * So that {@code ferry plan} and {@code apply} work in the demo with nothing exported, each
     * environment reads its secrets from a gitignored file of made-up values instead of the process
     * environment.
     */
    private static void useDemoSecrets(Path repo) throws IOException {
        Path environments = repo.resolve("environments.yaml");
        String text = Files.readString(environments);
        for (String name : List.of("dev", "uat", "prod")) {
            String before = "secrets: {provider: env, prefix: " + name.toUpperCase(java.util.Locale.ROOT) + "_}";
            if (!text.contains(before)) {
                continue;
            }
            text = text.replace(before, "secrets: {provider: file, path: secrets/" + name + ".yaml}");
            Files.createDirectories(repo.resolve("secrets"));
            Files.writeString(repo.resolve("secrets/" + name + ".yaml"), """
                    # Made-up values for the demo's %1$s org. The secrets/ folder is gitignored:
                    # Ferry reads secrets at apply time and never commits or prints them.
                    crm: {api-key: demo-%1$s-crm-key}
                    ops-dashboard: {key: demo-%1$s-dashboard-key}
                    scheduler: {token: demo-%1$s-scheduler-token}
                    webhooks: {signing-key: demo-%1$s-signing-key}
                    """.formatted(name));
        }
        Files.writeString(environments, text);
    }

    private static ObjectNode handMade() {
        ObjectNode assistant = JsonNodeFactory.instance.objectNode();
        assistant.put("name", "Holiday Promo Line");
        assistant.put("firstMessage", "Happy holidays from Larkspur! Ask me about our winter boiler check.");
        ObjectNode model = assistant.putObject("model");
        model.put("provider", "openai").put("model", "gpt-4.1-mini").put("temperature", 0.7);
        model.putArray("messages").addObject().put("role", "system")
                .put("content", "You promote Larkspur's winter boiler check at 99 dollars until January 31.");
        assistant.putObject("voice").put("provider", "vapi").put("voiceId", "Savannah");
        return assistant;
    }

    /** An assistant as people made them in 2024: top-level serverUrl, recording and backchannel flags. */
    private static ObjectNode legacy() {
        ObjectNode assistant = JsonNodeFactory.instance.objectNode();
        assistant.put("name", "Legacy IVR Greeter");
        assistant.put("firstMessage", "Thank you for calling Larkspur. Press or say one for bookings.");
        ObjectNode model = assistant.putObject("model");
        model.put("provider", "openai").put("model", "gpt-3.5-turbo");
        model.putArray("messages").addObject().put("role", "system").put("content", "Route callers to bookings.");
        assistant.putObject("voice").put("provider", "11labs").put("voiceId", "burt");
        assistant.put("serverUrl", "https://legacy-ivr.larkspur.example/webhook");
        assistant.put("recordingEnabled", true);
        assistant.put("backchannelingEnabled", false);
        assistant.put("responseDelaySeconds", 0.4);
        return assistant;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (dir.getFileName() != null && dir.getFileName().toString().equals(".ferry")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
