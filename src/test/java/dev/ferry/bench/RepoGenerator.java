package dev.ferry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large, valid platform repo for benchmarks: tools, structured outputs, assistants that
 * use them, squads of those assistants and a few policies, in the proportions of a busy team.
 */
final class RepoGenerator {
    private RepoGenerator() {}

    /** Writes about {@code total} resources into {@code root} and returns the count written. */
    static int generate(Path root, int total) throws IOException {
        int tools = total * 2 / 5;
        int outputs = total / 10;
        int squads = total / 20;
        int policies = 10;
        int assistants = total - tools - outputs - squads - policies;
        for (String folder : new String[] {"assistants", "squads", "tools", "structured-outputs", "policies",
            "prompts"}) {
            Files.createDirectories(root.resolve(folder));
        }
        Files.writeString(root.resolve("environments.yaml"), """
                apiVersion: v1
                project: bench
                defaults:
                  params: {model: gpt-4.1-mini, webhookBase: https://hooks.bench.example}
                environments:
                  dev: {org: bench-dev, api: sandbox, access: write}
                  uat: {org: bench-uat, api: sandbox, access: ci-only, promotesFrom: dev}
                  prod: {org: bench-prod, api: sandbox, access: ci-only, promotesFrom: uat, protected: true}
                """);
        for (int i = 0; i < tools; i++) {
            Files.writeString(root.resolve("tools/tool-" + i + ".yaml"), """
                    kind: Tool
                    apiVersion: v1
                    metadata: {name: tool-%1$d}
                    spec:
                      type: function
                      function:
                        name: tool_%1$d
                        description: Looks up record %1$d for the caller.
                        parameters:
                          type: object
                          properties:
                            id: {type: string, description: The record id.}
                          required: [id]
                      server:
                        url: ${params.webhookBase}/tools/%1$d
                        timeoutSeconds: 20
                      messages:
                        - {type: request-start, content: One moment., blocking: false}
                    """.formatted(i));
        }
        for (int i = 0; i < outputs; i++) {
            Files.writeString(root.resolve("structured-outputs/output-" + i + ".yaml"), """
                    kind: StructuredOutput
                    apiVersion: v1
                    metadata: {name: output-%1$d}
                    spec:
                      name: output_%1$d
                      type: ai
                      schema:
                        type: object
                        properties:
                          outcome: {type: string, enum: [booked, callback, none]}
                    """.formatted(i));
        }
        for (int i = 0; i < policies; i++) {
            Files.writeString(root.resolve("policies/policy-" + i + ".yaml"), """
                    kind: Policy
                    apiVersion: v1
                    metadata: {name: policy-%d}
                    spec:
                      hipaaEnabled: false
                      stopSpeakingPlan: {numWords: 2, voiceSeconds: 0.3}
                    """.formatted(i));
        }
        for (int i = 0; i < assistants; i++) {
            Files.writeString(root.resolve("prompts/assistant-" + i + ".md"),
                    ("You are assistant " + i + ". Be brief and kind.\n").repeat(30));
            Files.writeString(root.resolve("assistants/assistant-" + i + ".yaml"), """
                    kind: Assistant
                    apiVersion: v1
                    metadata: {name: assistant-%1$d, labels: {team: bench}}
                    spec:
                      name: Assistant %1$d
                      firstMessage: Hello, this is assistant %1$d.
                      model: {provider: openai, model: "${params.model}", temperature: 0.3}
                      systemPromptRef: prompts/assistant-%1$d.md
                      voice: {provider: vapi, voiceId: Elliot}
                      tools: [{ref: tool-%2$d}, {ref: tool-%3$d}]
                      structuredOutputs: [{ref: output-%4$d}]
                      safetyPolicyRef: policies/policy-%5$d.yaml
                      maxDurationSeconds: 600
                    """.formatted(i, i % tools, (i + 1) % tools, i % outputs, i % policies));
        }
        for (int i = 0; i < squads; i++) {
            Files.writeString(root.resolve("squads/squad-" + i + ".yaml"), """
                    kind: Squad
                    apiVersion: v1
                    metadata: {name: squad-%1$d}
                    spec:
                      name: Squad %1$d
                      members:
                        - ref: assistant-%2$d
                          assistantDestinations: [{type: assistant, assistantName: Assistant %3$d}]
                        - ref: assistant-%3$d
                          assistantDestinations: [{type: assistant, assistantName: Assistant %2$d}]
                    """.formatted(i, (2 * i) % assistants, (2 * i + 1) % assistants));
        }
        return tools + outputs + squads + policies + assistants;
    }
}
