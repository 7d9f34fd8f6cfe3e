package dev.ferry.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /squad}: {@code members} is required on POST and on every PATCH, so a PATCH replaces the list. */
final class SquadRules implements KindRules {
    @Override
    public Set<String> readOnly() {
        return SERVER_FIELDS;
    }

    @Override
    public void check(ObjectNode body, Violations violations) {
        violations.string(body.get("name"), "name");
        JsonNode members = body.get("members");
        if (members != null && members.isArray()) {
            for (int i = 0; i < members.size(); i++) {
                JsonNode member = members.get(i);
                if (!member.isObject()) {
                    violations.add("members." + i + " must be an object");
                } else {
                    violations.uuid(member.get("assistantId"), "members." + i + ".assistantId");
                }
            }
        }
        violations.toolIdsAnywhere(body, "");
    }

    @Override
    public void checkCreate(ObjectNode body, Violations violations) {
        violations.requireArray(body.get("members"), "members");
    }

    @Override
    public void checkUpdate(
            ObjectNode body, ObjectNode stored, Map<String, List<String>> query, Violations violations) {
        violations.requireArray(body.get("members"), "members");
    }
}
