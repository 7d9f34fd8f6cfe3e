package dev.ferry.export;

import dev.ferry.render.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The live objects export was given, by target and id, and the dependency closure of a selection:
 * an assistant brings its tools (knowledge-base query tools included), structured outputs and
 * credentials, a tool its credential and knowledge files, a squad its members. Back-links
 * (structured-output assistants, handoff destinations) are not followed, or one assistant would
 * bring the whole org.
 */
final class LiveCatalog {
    private final Map<Target, Map<String, LiveObject>> byId = new EnumMap<>(Target.class);

    LiveCatalog(List<LiveObject> objects) {
        for (Target target : Target.values()) {
            byId.put(target, new LinkedHashMap<>());
        }
        for (LiveObject object : objects) {
            if (object.id().isEmpty()) {
                throw new IllegalArgumentException("a live " + object.target().spelling() + " has no id: "
                        + object.name());
            }
            byId.get(object.target()).putIfAbsent(object.id(), object);
        }
    }

    Optional<LiveObject> find(Target target, String id) {
        return Optional.ofNullable(byId.get(target).get(id));
    }

    /** The selected objects and everything they depend on; {@code missing} receives selected ids not found. */
    List<LiveObject> closure(Set<String> selection, List<String> missing) {
        Deque<LiveObject> queue = new ArrayDeque<>();
        if (selection.isEmpty()) {
            byId.values().forEach(objects -> queue.addAll(objects.values()));
        } else {
            for (String id : selection.stream().sorted().toList()) {
                List<LiveObject> found = new ArrayList<>();
                byId.values().forEach(objects -> Optional.ofNullable(objects.get(id)).ifPresent(found::add));
                if (found.isEmpty()) {
                    missing.add(id);
                }
                queue.addAll(found);
            }
        }
        // By identity: a record's equality would compare whole trees.
        Set<LiveObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<LiveObject> chosen = new ArrayList<>();
        while (!queue.isEmpty()) {
            LiveObject object = queue.removeFirst();
            if (seen.add(object)) {
                chosen.add(object);
                dependencies(object).forEach(queue::addLast);
            }
        }
        return chosen;
    }

    private List<LiveObject> dependencies(LiveObject object) {
        JsonNode body = object.body();
        List<LiveObject> found = new ArrayList<>();
        switch (object.target()) {
            case ASSISTANT -> {
                add(found, Target.TOOL, body.path("model").path("toolIds"));
                add(found, Target.STRUCTURED_OUTPUT, body.path("artifactPlan").path("structuredOutputIds"));
                add(found, Target.CREDENTIAL, body.path("server").path("credentialId"));
                add(found, Target.CREDENTIAL, body.path("credentialIds"));
            }
            case TOOL -> {
                add(found, Target.CREDENTIAL, body.path("credentialId"));
                add(found, Target.CREDENTIAL, body.path("server").path("credentialId"));
                for (JsonNode knowledgeBase : body.path("knowledgeBases")) {
                    add(found, Target.FILE, knowledgeBase.path("fileIds"));
                }
            }
            case SQUAD -> {
                for (JsonNode member : body.path("members")) {
                    add(found, Target.ASSISTANT, member.path("assistantId"));
                }
            }
            case STRUCTURED_OUTPUT, CREDENTIAL, FILE -> { }
        }
        return found;
    }

    private void add(List<LiveObject> found, Target target, JsonNode ids) {
        if (ids.isString()) {
            find(target, ids.asString()).ifPresent(found::add);
        }
        for (JsonNode id : ids) {
            if (id.isString()) {
                find(target, id.asString()).ifPresent(found::add);
            }
        }
    }
}
