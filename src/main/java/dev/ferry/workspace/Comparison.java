package dev.ferry.workspace;

import dev.ferry.canonical.CanonicalResource;
import dev.ferry.canonical.Canonicalizer;
import dev.ferry.canonical.IdResolver;
import dev.ferry.canonical.SecretMasker;
import dev.ferry.config.IgnoreRule;
import dev.ferry.config.Kind;
import dev.ferry.config.NameGlob;
import dev.ferry.render.RenderedResource;
import dev.ferry.render.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares what the repo renders for one environment with what its org holds. Live objects are
 * matched by name (design section 4); matched ids become the resource's key in canonical form, and
 * unmatched ones get a key from their name, so a ref to an unmanaged object still reads well.
 */
public final class Comparison {
    private Comparison() {}

    public static List<ResourceState> compare(List<RenderedResource> desired, LiveSnapshot live,
            List<IgnoreRule> ignore, SecretMasker secrets) {
        Map<Target, Map<String, LiveObject>> matched = new EnumMap<>(Target.class);
        Map<Target, Map<String, String>> keysById = new EnumMap<>(Target.class);
        Set<String> usedIds = new HashSet<>();
        for (RenderedResource resource : desired) {
            Optional<LiveObject> object = live.of(resource.target()).stream()
                    .filter(candidate -> candidate.name().equals(resource.liveName()))
                    .min(Comparator.comparing(LiveObject::id));
            object.ifPresent(found -> {
                matched.computeIfAbsent(resource.target(), t -> new HashMap<>()).put(resource.key(), found);
                keysById.computeIfAbsent(resource.target(), t -> new HashMap<>()).put(found.id(), resource.key());
                usedIds.add(found.id());
            });
        }
        List<LiveObject> unmatched = new ArrayList<>();
        for (Target target : Target.values()) {
            for (LiveObject object : live.of(target)) {
                if (!usedIds.contains(object.id())) {
                    unmatched.add(object);
                    String key = uniqueKey(slugOf(object.name(), object.id()), keysById.get(target));
                    keysById.computeIfAbsent(target, t -> new HashMap<>()).put(object.id(), key);
                }
            }
        }
        IdResolver ids = (target, id) -> Optional.ofNullable(keysById.getOrDefault(target, Map.of()).get(id));
        Canonicalizer canonicalizer = new Canonicalizer(ids, secrets, ignore);
        List<ResourceState> states = new ArrayList<>();
        for (RenderedResource resource : desired) {
            CanonicalResource wanted = canonicalizer.canonicalize(resource.target(), resource.payload());
            LiveObject object = matched.getOrDefault(resource.target(), Map.of()).get(resource.key());
            Optional<CanonicalResource> actual = Optional.ofNullable(object)
                    .map(found -> Canonicalizer.managedPart(canonicalizer.canonicalize(found.target(),
                            found.body()), wanted));
            Status status = actual.isEmpty() ? Status.MISSING
                    : actual.get().tree().equals(wanted.tree()) ? Status.IN_SYNC : Status.PENDING;
            states.add(new ResourceState(resource.target(), resource.key(), resource.kind(), resource.slug(),
                    object == null ? null : object.id(), Optional.of(wanted), actual, status));
        }
        for (LiveObject object : unmatched) {
            boolean ignored = isIgnored(object, ignore);
            states.add(new ResourceState(object.target(), keysById.get(object.target()).get(object.id()),
                    kindOf(object.target()), null, object.id(), Optional.empty(),
                    Optional.of(canonicalizer.canonicalize(object.target(), object.body())),
                    ignored ? Status.IGNORED : Status.UNMANAGED));
        }
        return states;
    }

    private static boolean isIgnored(LiveObject object, List<IgnoreRule> ignore) {
        Kind kind = kindOf(object.target());
        return ignore.stream().anyMatch(rule -> rule.name() != null && rule.kind() == kind
                && NameGlob.matches(rule.name(), object.name()));
    }

    static Kind kindOf(Target target) {
        return switch (target) {
            case ASSISTANT -> Kind.ASSISTANT;
            case SQUAD -> Kind.SQUAD;
            case TOOL, CREDENTIAL -> Kind.TOOL;
            case STRUCTURED_OUTPUT -> Kind.STRUCTURED_OUTPUT;
            case FILE -> Kind.KNOWLEDGE_BASE;
        };
    }

    /** A readable key from a live name: lower-case, dashes, at most 40 characters. */
    static String slugOf(String name, String id) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "unnamed-" + id.substring(0, Math.min(8, id.length())) : slug;
    }

    private static String uniqueKey(String base, Map<String, String> taken) {
        if (taken == null || !taken.containsValue(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.containsValue(candidate)) {
                return candidate;
            }
        }
    }
}
