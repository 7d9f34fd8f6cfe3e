package dev.ferry.export;

import dev.ferry.canonical.Canonicalizer;
import dev.ferry.config.Environment;
import dev.ferry.config.Kind;
import dev.ferry.yaml.CanonicalYamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * The export use case: live Vapi objects, as an org returned them, become platform-repo files,
 * the exact inverse of render, so that rendering the exported files for the source environment
 * gives back the live objects in canonical form. Server fields are dropped, ids become refs or
 * {@code unresolved:<id>}, secrets become references, values equal to the source's params become
 * {@code ${params.NAME}}, long prompts get their own file. Nothing is read from or written to
 * disk or the network here.
 */
public final class Exporter {
    public ExportPlan export(List<LiveObject> objects, Environment source, ExportOptions options) {
        List<ExportNote> notes = new ArrayList<>();
        LiveCatalog catalog = new LiveCatalog(objects);
        List<String> missing = new ArrayList<>();
        List<LiveObject> chosen = catalog.closure(options.selection(), missing);
        missing.forEach(id -> notes.add(new ExportNote("", "no live object has id " + id
                + "; nothing exported for it")));
        Identities identities = new Identities(chosen, catalog, options.knownSlugs(), options.documented(), notes);
        SecretExtractor secrets = new SecretExtractor();
        ExportContext context = new ExportContext(identities, secrets,
                new ParamMatcher(source.params(), options.withheldParams()), notes);
        Map<String, ExportFile> files = new TreeMap<>();
        Set<String> inSync = new TreeSet<>();
        for (Identity identity : identities.documents()) {
            Set<String> before = new TreeSet<>(context.extraFiles().keySet());
            ObjectNode document = document(identity, spec(identity, context));
            files.put(identity.file(), ExportFile.yaml(identity.file(), CanonicalYamlWriter.write(document), document));
            if (options.unchanged().contains(identity.live().id())
                    && identity.slug().equals(options.knownSlugs().get(identity.live().id()))) {
                inSync.add(identity.file());
                context.extraFiles().keySet().stream().filter(path -> !before.contains(path)).forEach(inSync::add);
            }
        }
        context.extraFiles().forEach((path, content) -> files.put(path, ExportFile.bytes(path, content)));
        return new ExportPlan(new ArrayList<>(files.values()), notes, secrets.references(), identities.exported(),
                inSync);
    }

    private static ObjectNode spec(Identity identity, ExportContext context) {
        if (identity.kind() == Kind.KNOWLEDGE_BASE) {
            return KnowledgeBaseExport.spec(context.identities().knowledge(identity.live().id()).orElseThrow(),
                    identity, context);
        }
        ObjectNode body = identity.live().body().deepCopy();
        new ArrayList<>(body.propertyNames()).stream().filter(Canonicalizer::isServerOwned).forEach(body::remove);
        context.secrets().extract(body, identity.slug(), identity.file());
        return switch (identity.kind()) {
            case ASSISTANT -> AssistantExport.spec(body, identity, context);
            case TOOL -> ToolExport.spec(body, identity, context);
            case SQUAD -> SquadExport.spec(body, identity, context);
            case STRUCTURED_OUTPUT -> StructuredOutputExport.spec(body, identity, context);
            case KNOWLEDGE_BASE, POLICY -> throw new IllegalStateException("no live object becomes a "
                    + identity.kind().spelling() + " this way");
        };
    }

    private static ObjectNode document(Identity identity, ObjectNode spec) {
        ObjectNode document = ExportContext.NODES.objectNode();
        document.put("kind", identity.kind().spelling());
        document.put("apiVersion", "v1");
        document.putObject("metadata").put("name", identity.slug());
        document.set("spec", spec);
        return document;
    }
}
