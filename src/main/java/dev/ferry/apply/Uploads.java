package dev.ferry.apply;

import dev.ferry.plan.PlanAction;
import dev.ferry.vapi.FileUpload;
import dev.ferry.vapi.VapiKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Predicate;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Uploads a knowledge-base document: the file as it is now must still have the content the plan saw
 * (its sha256, which also goes into the upload's metadata so a later plan can compare), and the stored
 * file, named after the local file by Vapi, is then given Ferry's name.
 */
final class Uploads {
    private final Path sourceRoot;
    private final Writes writes;

    Uploads(Path sourceRoot, Writes writes) {
        this.sourceRoot = sourceRoot;
        this.writes = writes;
    }

    Writes.Result upload(PlanAction action, String key, Predicate<ObjectNode> notSpokenFor) {
        ObjectNode payload = action.payload();
        String name = payload.path("name").asString();
        String sha = payload.path("sha256").asString();
        Path file = sourceRoot.resolve(payload.path("path").asString()).normalize();
        if (!file.startsWith(sourceRoot.normalize()) || !sha.equals(sha256(file))) {
            throw ApplyStop.stale(action.where() + ": " + payload.path("path").asString()
                    + " changed since the plan; re-run plan");
        }
        ObjectNode metadata = JsonNodeFactory.instance.objectNode().put("sha256", sha);
        String original = file.getFileName().toString();
        Writes.Result result = writes.upload(new FileUpload(file, "assistant", metadata), key,
                object -> notSpokenFor.test(object) && sha.equals(object.path("metadata").path("sha256").asString())
                        && (name.equals(object.path("name").asString())
                                || original.equals(object.path("name").asString())), action.where());
        if (name.equals(result.object().path("name").asString())) {
            return result;
        }
        String id = result.object().path("id").asString();
        ObjectNode renamed = writes.update(VapiKind.FILE, id, JsonNodeFactory.instance.objectNode().put("name", name),
                key + "/name", now -> name.equals(now.path("name").asString()), action.where());
        return new Writes.Result(renamed, result.adopted());
    }

    private static String sha256(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return "unreadable";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
