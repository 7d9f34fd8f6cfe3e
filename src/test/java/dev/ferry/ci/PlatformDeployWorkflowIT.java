package dev.ferry.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.sandbox.FaultSpec;
import dev.ferry.testing.FerryCli;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.SandboxRepo;
import dev.ferry.vapi.VapiKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads samples/github-actions/platform-deploy.yml and runs every Ferry command in it, job by job in the
 * order a pull request, a merge and a prod dispatch would, against a sandbox reached through
 * {@code FERRY_<ENV>_API}, with the secrets the jobs take from their GitHub environments.
 */
class PlatformDeployWorkflowIT {
    private static final List<String> JOBS = List.of("validate", "plan-uat", "apply-uat", "plan-prod", "apply-prod");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([a-zA-Z_.]+)\\s*}}");

    @TempDir
    Path folder;

    @Test
    void everyFerryCommandOfTheWorkflowSucceedsFromPullRequestToProd() throws Exception {
        JsonNode workflow = YAMLMapper.shared().readTree(Files.readString(SampleRepo.projectDir()
                .resolve("samples/github-actions/platform-deploy.yml")));
        try (SandboxRepo repo = SandboxRepo.start(folder, FaultSpec.NONE).withDemoChatRules()) {
            String sha = repo.commitAll("platform v1");
            repo.set("CI", "true");
            Map<String, String> values = Map.of("inputs.ticket", "CHG-2042", "github.actor", "ci-bot", "github.sha",
                    sha, "github.ref", "refs/heads/main");
            List<String> ran = new ArrayList<>();
            for (String job : JOBS) {
                JsonNode definition = workflow.path("jobs").path(job);
                assertThat(definition.isObject()).as("job " + job).isTrue();
                for (var variable : definition.path("env").properties()) {
                    String secret = variable.getValue().asString().replaceAll(".*secrets\\.([A-Z_]+).*", "$1");
                    repo.set(variable.getKey(), repo.env().getOrDefault(secret, "token-" + secret.toLowerCase()));
                }
                for (JsonNode step : definition.path("steps")) {
                    for (String line : step.path("run").asString("").split("\n")) {
                        if (!line.strip().startsWith("ferry ")) {
                            continue;
                        }
                        List<String> args = words(substitute(line.strip(), values));
                        FerryCli.Result result = repo.ferry(args.subList(1, args.size()).toArray(String[]::new));

                        assertThat(result.exitCode()).as(job + ": " + line.strip() + "\n" + result.err()).isZero();
                        ran.add(job + ": " + String.join(" ", args.subList(0, Math.min(3, args.size()))));
                    }
                }
                if (job.equals("apply-uat")) {
                    // What the job's "Commit the ledger back" step does.
                    repo.commit("ferry: uat ledger", "state/uat.json");
                }
            }

            assertThat(ran).containsExactly("validate: ferry validate", "plan-uat: ferry plan --env",
                    "apply-uat: ferry plan --env", "apply-uat: ferry apply --env", "apply-uat: ferry test --env",
                    "plan-prod: ferry plan --env",
                    "apply-prod: ferry apply --env");
            assertThat(repo.names("prod", VapiKind.ASSISTANT)).hasSize(5);
            assertThat(Files.readString(repo.root().resolve("state/prod.json"))).contains("\"tool/end-call\"");
            assertThat(repo.ferry("runs").out()).contains("ticket CHG-2042");
        }
    }

    private static String substitute(String line, Map<String, String> values) {
        Matcher matcher = EXPRESSION.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            assertThat(value).as("a value for ${{ " + matcher.group(1) + " }}").isNotNull();
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Splits a command line into words as a POSIX shell would for plain and double-quoted words. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
