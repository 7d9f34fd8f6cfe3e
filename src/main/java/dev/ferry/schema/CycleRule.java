package dev.ferry.schema;

import dev.ferry.config.Kind;
import dev.ferry.config.ResourceDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds cycles that no creation order can satisfy ({@code ref-cycle}). Only creation edges count:
 * back-links (structured-output assistants, handoff destinations) are written after every object
 * exists, so handoff loops between squad members are fine. Policies that layer on other policies
 * through {@code safetyPolicyRef} are edges too, since a merge loop never ends.
 */
final class CycleRule implements LintRule {
    private record Node(Kind kind, String slug) {
        @Override
        public String toString() {
            return kind.spelling() + " '" + slug + "'";
        }
    }

    @Override
    public void check(LintContext context) {
        Map<Node, ResourceDocument> documents = new LinkedHashMap<>();
        Map<Node, List<Node>> edges = new HashMap<>();
        for (ResourceDocument document : context.documents()) {
            if (document.slug() == null) {
                continue;
            }
            Node from = new Node(document.kind(), document.slug());
            documents.put(from, document);
            List<Node> targets = edges.computeIfAbsent(from, key -> new ArrayList<>());
            for (Refs.Ref ref : Refs.of(document)) {
                if (ref.creation()) {
                    targets.add(new Node(ref.target(), ref.slug()));
                }
            }
            policySlug(context, document).ifPresent(slug -> targets.add(new Node(Kind.POLICY, slug)));
        }
        Set<Node> done = new HashSet<>();
        Set<Node> reported = new HashSet<>();
        for (Node start : documents.keySet()) {
            List<Node> path = new ArrayList<>();
            visit(start, edges, done, path, new HashSet<>(), cycle -> {
                if (reported.addAll(cycle)) {
                    ResourceDocument first = documents.get(cycle.get(0));
                    List<String> names = new ArrayList<>();
                    cycle.forEach(node -> names.add(node.toString()));
                    names.add(cycle.get(0).toString());
                    context.error(first, "/spec", "reference cycle that no creation order can satisfy: "
                            + String.join(" -> ", names), "ref-cycle");
                }
            });
        }
    }

    private static void visit(Node node, Map<Node, List<Node>> edges, Set<Node> done, List<Node> path,
            Set<Node> onPath, java.util.function.Consumer<List<Node>> onCycle) {
        if (done.contains(node)) {
            return;
        }
        if (onPath.contains(node)) {
            onCycle.accept(new ArrayList<>(path.subList(path.indexOf(node), path.size())));
            return;
        }
        onPath.add(node);
        path.add(node);
        for (Node next : edges.getOrDefault(node, List.of())) {
            visit(next, edges, done, path, onPath, onCycle);
        }
        path.remove(path.size() - 1);
        onPath.remove(node);
        done.add(node);
    }

    /** The slug of the policy document that {@code safetyPolicyRef} names, when it names one. */
    static Optional<String> policySlug(LintContext context, ResourceDocument document) {
        String written = document.spec().path("safetyPolicyRef").asString(null);
        if (written == null) {
            return Optional.empty();
        }
        String normalized = java.nio.file.Path.of(written).normalize().toString().replace('\\', '/');
        return context.repo().documents(Kind.POLICY).stream()
                .filter(policy -> policy.file().equals(normalized))
                .map(ResourceDocument::slug)
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
