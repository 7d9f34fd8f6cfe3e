package dev.ferry.schema;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Collapses the noise a failed {@code oneOf} produces. A validator reports the failure itself and
 * every branch's complaint; a user wants one line: the deeper error inside the branch that fits
 * (a temperature out of range inside a model mapping), or else one sentence naming the forms.
 */
final class OneOfErrors {
    private OneOfErrors() {}

    /** True when {@code error} should not be shown because another finding says it better. */
    static boolean explains(Error error, List<Error> all) {
        String pointer = SchemaValidator.pointerOf(error.getInstanceLocation());
        if ("oneOf".equals(error.getKeyword())) {
            return hasDeeperError(pointer, all);
        }
        return isBranchError(error) && hasOneOfAt(pointer, all);
    }

    /** The sentence for a {@code oneOf} that no branch explains, from the branches' schemas. */
    static String describe(JsonNode branches, JsonNode found) {
        List<String> required = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode branch : branches) {
            if (branch.has("type")) {
                types.add(ViolationMessages.typeWords(branch.get("type")));
            } else if (branch.has("required") && branch.get("required").size() == 1) {
                required.add("'" + branch.get("required").get(0).asString() + "'");
            } else if (branch.has("$ref")) {
                types.add("a mapping");
            }
        }
        if (!types.isEmpty()) {
            return "must be " + joinWords(types) + " (found " + ViolationMessages.typeOf(found) + ")";
        }
        if (!required.isEmpty()) {
            return "needs exactly one of " + joinWords(required);
        }
        return "does not match exactly one of the allowed forms";
    }

    private static boolean isBranchError(Error error) {
        return error.getEvaluationPath() != null && error.getEvaluationPath().toString().contains("oneOf");
    }

    private static boolean hasOneOfAt(String pointer, List<Error> all) {
        return all.stream().anyMatch(other -> "oneOf".equals(other.getKeyword())
                && SchemaValidator.pointerOf(other.getInstanceLocation()).equals(pointer));
    }

    private static boolean hasDeeperError(String pointer, List<Error> all) {
        return all.stream().anyMatch(other -> SchemaValidator.pointerOf(other.getInstanceLocation())
                .startsWith(pointer + "/"));
    }

    private static String joinWords(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
