package dev.ferry.export;

import dev.ferry.canonical.Canonicalizer;
import dev.ferry.render.Target;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A live query tool that is exactly what a {@code KnowledgeBase} document renders to: type
 * {@code query}, function {@code kb_<slug>} and nothing else, one knowledge base of the google
 * provider whose files are all at hand with their content, named {@code <slug>-<file>} and
 * carrying the sha256 Ferry puts in an upload. Anything else is exported as a plain Tool.
 */
record KnowledgeForm(String slug, JsonNode knowledgeBase, List<KnowledgeFile> files) {
    /** One document of the knowledge base: the live file, its name inside the folder, its bytes. */
    record KnowledgeFile(LiveObject live, String fileName, byte[] content) {}

    private static final Pattern FUNCTION = Pattern.compile("kb_([a-z0-9_]+)");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._ -]+");
    private static final Set<String> TOOL_FIELDS = Set.of("type", "function", "knowledgeBases");
    private static final Set<String> BASE_FIELDS = Set.of("name", "provider", "model", "description", "fileIds");
    private static final int MAX_DESCRIPTION = 1000;
    private static final int MAX_LIVE_NAME = 40;

    static Optional<KnowledgeForm> of(JsonNode tool, LiveCatalog catalog) {
        if (!"query".equals(tool.path("type").asString(null)) || !onlyFields(tool, TOOL_FIELDS, true)) {
            return Optional.empty();
        }
        JsonNode function = tool.path("function");
        var name = FUNCTION.matcher(function.path("name").asString(""));
        if (!function.isObject() || function.size() != 1 || !name.matches()) {
            return Optional.empty();
        }
        String slug = name.group(1).replace('_', '-');
        JsonNode bases = tool.path("knowledgeBases");
        if (!Slugs.VALID.matcher(slug).matches() || !bases.isArray() || bases.size() != 1) {
            return Optional.empty();
        }
        JsonNode base = bases.get(0);
        if (!onlyFields(base, BASE_FIELDS, false) || !"google".equals(base.path("provider").asString(null))
                || !base.path("name").isString() || !base.path("description").isString()
                || base.get("description").asString().length() > MAX_DESCRIPTION
                || base.has("model") && !base.get("model").isString()) {
            return Optional.empty();
        }
        return files(slug, base.path("fileIds"), catalog).map(files -> new KnowledgeForm(slug, base, files));
    }

    private static Optional<List<KnowledgeFile>> files(String slug, JsonNode ids, LiveCatalog catalog) {
        if (!ids.isArray() || ids.isEmpty()) {
            return Optional.empty();
        }
        List<KnowledgeFile> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode id : ids) {
            Optional<LiveObject> live = id.isString() ? catalog.find(Target.FILE, id.asString()) : Optional.empty();
            if (live.isEmpty() || live.get().content() == null) {
                return Optional.empty();
            }
            String liveName = live.get().body().path("name").asString("");
            String prefix = slug + "-";
            String fileName = liveName.startsWith(prefix) ? liveName.substring(prefix.length()) : "";
            byte[] content = live.get().content();
            if (liveName.length() > MAX_LIVE_NAME || !FILE_NAME.matcher(fileName).matches() || fileName.equals(".")
                    || fileName.equals("..") || !names.add(fileName) || !isText(content)
                    || !sha256(content).equals(shaOf(live.get().body()))) {
                return Optional.empty();
            }
            files.add(new KnowledgeFile(live.get(), fileName, content));
        }
        return Optional.of(files);
    }

    private static boolean onlyFields(JsonNode node, Set<String> allowed, boolean serverFieldsToo) {
        if (!node.isObject()) {
            return false;
        }
        for (String field : node.propertyNames()) {
            if (!allowed.contains(field) && !(serverFieldsToo && Canonicalizer.isServerOwned(field))) {
                return false;
            }
        }
        return true;
    }

    private static String shaOf(JsonNode file) {
        JsonNode sha = file.has("sha256") ? file.get("sha256") : file.path("metadata").path("sha256");
        return sha.isString() ? sha.asString() : "";
    }

    /** Render reads a document as UTF-8 text, so only content that survives that is exported as one. */
    private static boolean isText(byte[] content) {
        return Arrays.equals(new String(content, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8), content);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
