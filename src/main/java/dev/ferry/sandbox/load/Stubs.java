package dev.ferry.sandbox.load;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.render.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stand-ins for objects a loaded file refers to but the folder lacks, so the reference can be
 * wired instead of dropped. Each is named {@code stub <ref>} so that nobody mistakes it for the
 * real thing.
 */
final class Stubs {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Stubs() {}

    static String name(String ref) {
        String name = "stub " + ref;
        return name.length() > 40 ? name.substring(0, 40) : name;
    }

    static PendingObject of(Target target, String key, String ref, String file, Path stubFolder) {
        ObjectNode body = NODES.objectNode();
        String source = "stub for " + file;
        switch (target) {
            case TOOL -> {
                body.put("type", "function");
                ObjectNode function = body.putObject("function");
                function.put("name", ("stub_" + ref.replaceAll("[^A-Za-z0-9_-]", "_")).substring(0,
                        Math.min(64, 5 + ref.length())));
                function.put("description", "Stand-in for a tool that was not in the loaded folder.");
            }
            case STRUCTURED_OUTPUT -> {
                body.put("name", name(ref));
                body.putObject("schema").put("type", "object");
            }
            case CREDENTIAL -> {
                body.put("provider", "custom-credential");
                body.put("name", name(ref));
                ObjectNode plan = body.putObject("authenticationPlan");
                plan.put("type", "bearer");
                plan.put("token", "stub-token-not-a-secret");
            }
            case FILE -> {
                return new PendingObject(target, key, source, NODES.objectNode().put("name", name(ref)),
                        stubFile(stubFolder, ref));
            }
            case SQUAD -> body.put("name", name(ref)).putArray("members");
            case ASSISTANT -> body.put("name", name(ref));
        }
        return PendingObject.of(target, key, source, body);
    }

    private static Path stubFile(Path folder, String ref) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("stub-" + ref.replaceAll("[^A-Za-z0-9_-]", "_") + ".txt");
            Files.writeString(file, "Stand-in for a file that was not in the loaded folder.\n");
            return file;
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot write a stub file in " + folder + ": " + e.getMessage(), e);
        }
    }
}
