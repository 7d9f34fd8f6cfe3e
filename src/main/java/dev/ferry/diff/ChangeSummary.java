package dev.ferry.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The one-line summary of a change for the top of a diff view: {@code model.temperature 0.7 → 0.2},
 * {@code model.toolIds +1 −0}, {@code model.messages[system].content: 3 lines changed}. Values are
 * shortened; a change to text says how many lines changed, or that only line breaks or trailing
 * blanks did, since those are easy to miss in the rows below.
 */
final class ChangeSummary {
    /** Characters kept before the first difference of two long strings. */
    private static final int LEAD_CLUSTERS = 12;

    private ChangeSummary() {}

    static String of(Change change, TextDiff text) {
        String path = change.path().isEmpty() ? "(resource)" : change.path();
        return switch (change.kind()) {
            case ADDED -> path + " added: " + JsonValues.brief(change.after());
            case REMOVED -> path + " removed: " + JsonValues.brief(change.before());
            case MOVED -> path + " moved: position " + (change.before().asInt() + 1) + " → "
                    + (change.after().asInt() + 1);
            case CHANGED -> path + changed(change.before(), change.after(), text);
        };
    }

    private static String changed(JsonNode before, JsonNode after, TextDiff text) {
        if (text != null) {
            return ": " + textChange(before.asString(), after.asString(), text);
        }
        if (before.isArray() && after.isArray()) {
            return " " + arrayChange(before, after);
        }
        if (before.isString() && after.isString()) {
            return " " + stringChange(before.asString(), after.asString());
        }
        return " " + JsonValues.brief(before) + " → " + JsonValues.brief(after);
    }

    private static String textChange(String before, String after, TextDiff text) {
        if (stripFinalNewlines(before).equals(stripFinalNewlines(after))) {
            return "trailing newline only";
        }
        if (before.replace("\r\n", "\n").equals(after.replace("\r\n", "\n"))) {
            return "line endings only (CRLF and LF)";
        }
        if (stripTrailingBlanks(before).equals(stripTrailingBlanks(after))) {
            return "trailing whitespace only, " + JsonValues.count(text.changedLines(), "line") + " changed";
        }
        return JsonValues.count(text.changedLines(), "line") + " changed";
    }

    /**
     * Two strings too long to show whole start a little before their first difference, so the
     * summary never shows two changed values that look the same.
     */
    private static String stringChange(String before, String after) {
        String a = JsonValues.briefString(before, 0);
        String b = JsonValues.briefString(after, 0);
        if (!a.endsWith("…\"") && !b.endsWith("…\"")) {
            return a + " → " + b;
        }
        List<Integer> starts = new ArrayList<>();
        int common = 0;
        while (common < before.length() && common < after.length()) {
            int end = DisplayWidth.clusterEnd(before, common);
            boolean same = DisplayWidth.clusterEnd(after, common) == end
                    && before.regionMatches(common, after, common, end - common);
            if (!same) {
                break;
            }
            starts.add(common);
            common = end;
        }
        int from = starts.size() > LEAD_CLUSTERS ? starts.get(starts.size() - LEAD_CLUSTERS) : 0;
        return JsonValues.briefString(before, from) + " → " + JsonValues.briefString(after, from);
    }

    /** Elements added and removed, counted as multisets: {@code +1 −0}, or {@code reordered}. */
    private static String arrayChange(JsonNode before, JsonNode after) {
        Map<String, Integer> remaining = new HashMap<>();
        before.values().forEach(item -> remaining.merge(JsonValues.key(item), 1, Integer::sum));
        int added = 0;
        for (JsonNode item : after.values()) {
            String key = JsonValues.key(item);
            if (remaining.getOrDefault(key, 0) > 0) {
                remaining.merge(key, -1, Integer::sum);
            } else {
                added++;
            }
        }
        int removed = remaining.values().stream().mapToInt(Integer::intValue).sum();
        return added == 0 && removed == 0 ? "reordered" : "+" + added + " −" + removed;
    }

    private static String stripFinalNewlines(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String stripTrailingBlanks(String text) {
        return text.replaceAll("[ \\t]+(?=\\r?\\n|$)", "");
    }
}
