package dev.ferry.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parsed {@code environments.yaml}: project name, environments in file order, ignore rules. */
public record Environments(String project, Map<String, Environment> byName, List<IgnoreRule> ignore) {
    public Environments {
        byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        ignore = List.copyOf(ignore);
    }

    public Optional<Environment> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Environments in promotion order: those that promote from nothing first, then each one
     * after the environment it promotes from; file order breaks ties. A cycle (reported by lint)
     * leaves its members in file order at the end.
     */
    public List<Environment> inPromotionOrder() {
        List<Environment> ordered = new ArrayList<>();
        List<Environment> remaining = new ArrayList<>(byName.values());
        boolean progress = true;
        while (!remaining.isEmpty() && progress) {
            progress = false;
            for (var iterator = remaining.iterator(); iterator.hasNext(); ) {
                Environment environment = iterator.next();
                String source = environment.promotesFrom();
                boolean ready = source == null || !byName.containsKey(source)
                        || ordered.stream().anyMatch(done -> done.name().equals(source));
                if (ready) {
                    ordered.add(environment);
                    iterator.remove();
                    progress = true;
                }
            }
        }
        ordered.addAll(remaining);
        return ordered;
    }
}
