package dev.ferry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a platform repo of many small resources for apply at scale: function tools, assistants that
 * use two of them, and squads of two assistants, with one {@code dev} environment on the sandbox and
 * the given rate limit. The shape is that of a busy team's repo, the sizes whatever a test needs.
 */
public final class ManyResources {
    private ManyResources() {}

    /** Writes the repo into {@code root}; returns how many live objects it renders to. */
    public static int write(Path root, int tools, int assistants, int squads, int requestsPerSecond, int concurrent) {
        try {
            for (String folder : new String[] {"assistants", "squads", "tools"}) {
                Files.createDirectories(root.resolve(folder));
            }
            Files.writeString(root.resolve("environments.yaml"), """
                    apiVersion: v1
                    project: scale
                    defaults:
                      params: {webhookBase: https://hooks.scale.example}
                      apply: {maxRequestsPerSecond: %d, maxConcurrentRequests: %d}
                    environments:
                      dev: {org: scale-dev, api: sandbox, access: write}
                    """.formatted(requestsPerSecond, concurrent));
            Files.writeString(root.resolve(".gitignore"), ".ferry/\n");
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
                            parameters: {type: object, properties: {id: {type: string}}, required: [id]}
                          server: {url: "${params.webhookBase}/tools/%1$d", timeoutSeconds: 20}
                        """.formatted(i));
            }
            for (int i = 0; i < assistants; i++) {
                Files.writeString(root.resolve("assistants/assistant-" + i + ".yaml"), """
                        kind: Assistant
                        apiVersion: v1
                        metadata: {name: assistant-%1$d}
                        spec:
                          name: Assistant %1$d
                          firstMessage: Hello, this is assistant %1$d.
                          model:
                            provider: openai
                            model: gpt-4.1-mini
                            temperature: 0.3
                            messages: [{role: system, content: You are assistant %1$d. Be brief.}]
                          voice: {provider: vapi, voiceId: Elliot}
                          tools: [{ref: tool-%2$d}, {ref: tool-%3$d}]
                        """.formatted(i, i % tools, (i + 1) % tools));
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
                            - ref: assistant-%3$d
                        """.formatted(i, (2 * i) % assistants, (2 * i + 1) % assistants));
            }
            return tools + assistants + squads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
