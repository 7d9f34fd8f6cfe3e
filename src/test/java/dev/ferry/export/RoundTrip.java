package dev.ferry.export;

import dev.ferry.canonical.CanonicalJson;
import dev.ferry.canonical.Canonicalizer;
import dev.ferry.canonical.IdResolver;
import dev.ferry.canonical.SecretMasker;
import dev.ferry.config.Environment;
import dev.ferry.config.Environments;
import dev.ferry.config.Finding;
import dev.ferry.render.LiveIndex;
import dev.ferry.render.RenderedResource;
import dev.ferry.render.Renderer;
import dev.ferry.render.Target;
import dev.ferry.schema.RepoValidator;
import dev.ferry.schema.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The property export exists for: live, exported, loaded, validated and rendered again for the
 * same environment gives the live objects back in canonical form. Used by the round-trip tests.
 */
final class RoundTrip {
    static final Path SAMPLE = Path.of("samples/platform");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final String ORG = "00000000-0000-4000-8000-0000000000d1";

    /** What one round trip gave: the plan, the reloaded repo's findings, and each object's two canonical forms. */
    record Result(ExportPlan plan, List<Finding> errors, List<Pair> pairs, List<String> unmatchedRendered) {
        List<Pair> mismatches() {
            return pairs.stream().filter(pair -> !pair.live().equals(pair.rendered())).toList();
        }
    }

    /** The canonical JSON of one live object and of what the exported files render for it. */
    record Pair(Target target, String key, String live, String rendered) {}

    private RoundTrip() {}

    /** The sample repo rendered for an environment, dressed as an org would return it: ids, org, timestamps. */
    static List<LiveObject> liveFromSample(String environment) {
        ValidationReport report = new RepoValidator().validate(SAMPLE, TODAY);
        Environment source = report.environments().orElseThrow().find(environment).orElseThrow();
        List<LiveObject> live = new ArrayList<>();
        for (RenderedResource resource : new Renderer(report.repo()).render(source, RoundTrip::fakeId)) {
            ObjectNode body = dressAsLive(resource.payload(), fakeId(resource.target(), resource.key()).orElseThrow());
            if (resource.target() == Target.FILE) {
                live.add(LiveObject.file(body, bytes(SAMPLE.resolve(resource.payload().get("path").asString()))));
            } else {
                live.add(LiveObject.of(resource.target(), body));
            }
        }
        return live;
    }

    static Optional<String> fakeId(Target target, String key) {
        return Optional.of(UUID.nameUUIDFromBytes((target.spelling() + "/" + key).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    static ObjectNode dressAsLive(JsonNode payload, String id) {
        ObjectNode body = (ObjectNode) payload.deepCopy();
        body.put("id", id);
        body.put("orgId", ORG);
        body.put("createdAt", "2026-11-30T09:15:00.000Z");
        body.put("updatedAt", "2026-12-01T16:42:07.512Z");
        return body;
    }

    /** A new repo with the sample's environments.yaml, where export writes. */
    static Path emptyRepo(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.copy(SAMPLE.resolve("environments.yaml"), folder.resolve("environments.yaml"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An environment of the sample's environments.yaml. */
    static Environment environment(String name) {
        Environments environments = new RepoValidator().validate(SAMPLE, TODAY).environments().orElseThrow();
        return environments.find(name).orElseThrow();
    }

    static Result run(List<LiveObject> live, Path repo, String environment, ExportOptions options) {
        ExportPlan plan = new Exporter().export(live, environment(environment), options);
        plan.write(repo, false);
        return check(plan, live, repo, environment);
    }

    /** Reloads the repo the plan was written into and compares each exported object with its render. */
    static Result check(ExportPlan plan, List<LiveObject> live, Path repo, String environment) {
        ValidationReport report = new RepoValidator().validate(repo, TODAY);
        List<Finding> errors = report.findings().stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            return new Result(plan, errors, List.of(), List.of());
        }
        Environment source = report.environments().orElseThrow().find(environment).orElseThrow();
        Map<String, String> idByKey = new HashMap<>();
        Map<String, String> keyById = new HashMap<>();
        for (ExportedObject object : plan.objects()) {
            idByKey.put(object.target() + "/" + object.key(), object.id());
            keyById.put(object.target() + "/" + object.id(), object.key());
        }
        LiveIndex index = (target, key) -> Optional.ofNullable(idByKey.get(target + "/" + key));
        IdResolver ids = (target, id) -> Optional.ofNullable(keyById.get(target + "/" + id));
        Canonicalizer canonicalizer = new Canonicalizer(ids, resolvedSecrets(plan, live),
                report.environments().orElseThrow().ignore());
        Map<String, RenderedResource> rendered = new HashMap<>();
        for (RenderedResource resource : new Renderer(report.repo()).render(source, index)) {
            rendered.put(resource.target() + "/" + resource.key(), resource);
        }
        List<Pair> pairs = new ArrayList<>();
        for (ExportedObject object : plan.objects()) {
            LiveObject original = find(live, object.target(), object.id());
            RenderedResource mine = rendered.remove(object.target() + "/" + object.key());
            String liveText = canonical(canonicalizer, object.target(), original.body());
            String renderedText = mine == null ? "(not rendered)" : canonical(canonicalizer, object.target(),
                    mine.payload());
            pairs.add(new Pair(object.target(), object.key(), liveText, renderedText));
        }
        return new Result(plan, errors, pairs, new ArrayList<>(rendered.keySet()));
    }

    private static String canonical(Canonicalizer canonicalizer, Target target, JsonNode body) {
        return CanonicalJson.text(canonicalizer.canonicalize(target, body).tree());
    }

    /** What apply would know after the user filled the references: each live secret value and its reference. */
    private static SecretMasker resolvedSecrets(ExportPlan plan, List<LiveObject> live) {
        Map<String, String> referenceByValue = new HashMap<>();
        for (SecretReference secret : plan.secrets()) {
            plan.objects().stream().filter(object -> object.file().equals(secret.file())
                    && object.target() != Target.FILE).findFirst().ifPresent(object -> {
                        JsonNode value = find(live, object.target(), object.id()).body().at(secret.livePointer());
                        if (value.isString() && secret.reference().startsWith("${")) {
                            referenceByValue.put(value.asString(), secret.reference());
                        }
                    });
        }
        // A credential's token is the secret its authRef names.
        for (ExportedObject object : plan.objects()) {
            if (object.target() == Target.CREDENTIAL) {
                JsonNode token = find(live, object.target(), object.id()).body().at("/authenticationPlan/token");
                String path = object.key().contains("#") ? object.key().substring(0, object.key().indexOf('#'))
                        : object.key();
                if (token.isString()) {
                    referenceByValue.putIfAbsent(token.asString(), "${secrets://" + path + "}");
                }
            }
        }
        return value -> Optional.ofNullable(referenceByValue.get(value));
    }

    static LiveObject find(List<LiveObject> live, Target target, String id) {
        return live.stream().filter(object -> object.target() == target && object.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no live " + target + " " + id));
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(Result result) {
        StringBuilder text = new StringBuilder();
        result.errors().forEach(error -> text.append(error.format()).append('\n'));
        for (Pair pair : result.mismatches()) {
            text.append(pair.target()).append(' ').append(pair.key()).append("\n  live:     ").append(pair.live())
                    .append("\n  rendered: ").append(pair.rendered()).append('\n');
        }
        result.unmatchedRendered().forEach(key -> text.append("rendered but not live: ").append(key).append('\n'));
        return text.toString();
    }
}
