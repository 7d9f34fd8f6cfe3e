package dev.ferry.export;

import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what each exported live object becomes and under which slug: assistants, squads,
 * structured outputs and tools become documents of their kind; a query tool of Ferry's shape a
 * KnowledgeBase with its files; a Ferry-style credential an {@code authRef}. Operations of an HTTP
 * tool, and query tools and files that a KnowledgeBase document already renders to, stay with that
 * document: they get its slug and no file of their own. Objects are taken
 * in one fixed order (target, name, id), with known slugs claimed first, so the slugs do not
 * depend on the order the org listed them in (B14).
 */
final class Identities {
    private static final Comparator<LiveObject> ORDER = Comparator.comparing(LiveObject::target)
            .thenComparing(LiveObject::name).thenComparing(LiveObject::id);

    private final Map<Target, Map<String, Identity>> byId = new EnumMap<>(Target.class);
    private final Map<String, KnowledgeForm> knowledge = new HashMap<>();
    private final Map<String, CredentialForm> credentials = new HashMap<>();
    private final List<Identity> documents = new ArrayList<>();

    Identities(List<LiveObject> chosen, LiveCatalog catalog, Map<String, String> knownSlugs,
            Map<String, DocumentedObject> documented, List<ExportNote> notes) {
        for (Target target : Target.values()) {
            byId.put(target, new HashMap<>());
        }
        List<LiveObject> ordered = chosen.stream().sorted(ORDER).toList();
        Map<Kind, Slugs> slugs = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            slugs.put(kind, new Slugs());
        }
        Map<String, CredentialForm> credentialKeys = new HashMap<>();
        Map<LiveObject, Kind> kinds = new IdentityHashMap<>();
        for (LiveObject live : ordered) {
            switch (live.target()) {
                case CREDENTIAL -> CredentialForm.of(live.body()).filter(form -> credentialKeys.putIfAbsent(form.key(),
                        form) == null).ifPresent(form -> {
                            credentials.put(live.id(), form);
                            put(new Identity(live, null, null, form.key(), ""));
                        });
                case TOOL -> KnowledgeForm.of(live.body(), catalog).filter(form -> knownSlugAllows(knownSlugs, live,
                        form.slug()) && slugs.get(Kind.KNOWLEDGE_BASE).claim(form.slug())).ifPresentOrElse(form -> {
                            knowledge.put(live.id(), form);
                            kinds.put(live, Kind.KNOWLEDGE_BASE);
                        }, () -> {
                            if (!keepDocument(live, documented.get(live.id()), slugs, notes)) {
                                kinds.put(live, Kind.TOOL);
                            }
                        });
                case ASSISTANT -> kinds.put(live, Kind.ASSISTANT);
                case SQUAD -> kinds.put(live, Kind.SQUAD);
                case STRUCTURED_OUTPUT -> kinds.put(live, Kind.STRUCTURED_OUTPUT);
                case FILE -> keepDocument(live, documented.get(live.id()), slugs, notes);
            }
        }
        for (LiveObject live : ordered) {
            Kind kind = kinds.get(live);
            String known = knownSlugs.get(live.id());
            if (kind != null && kind != Kind.KNOWLEDGE_BASE && known != null && slugs.get(kind).claim(known)) {
                addDocument(live, kind, known);
            }
        }
        for (LiveObject live : ordered) {
            Kind kind = kinds.get(live);
            if (kind == Kind.KNOWLEDGE_BASE) {
                addKnowledgeBase(live, knowledge.get(live.id()));
            } else if (kind != null && !byId.get(live.target()).containsKey(live.id())) {
                addDocument(live, kind, slugs.get(kind).next(nameFor(live), fallbackFor(kind), live.id()));
            }
        }
        for (LiveObject live : ordered) {
            if (!byId.get(live.target()).containsKey(live.id())) {
                notes.add(new ExportNote("", skipReason(live)));
            }
        }
        documents.sort(Comparator.comparing(Identity::kind).thenComparing(Identity::slug));
        noteSharedNames(notes);
    }

    /** Ferry matches live objects by name, so two documents of a kind with one live name will not validate. */
    private void noteSharedNames(List<ExportNote> notes) {
        Map<String, Identity> first = new HashMap<>();
        for (Identity identity : documents) {
            String name = identity.live().name().isEmpty() ? identity.slug() : identity.live().name();
            Identity earlier = first.putIfAbsent(identity.kind() + "/" + name, identity);
            if (earlier != null) {
                notes.add(new ExportNote(identity.file(), "has the live name '" + name + "' like " + earlier.file()
                        + "; Ferry matches objects by name, so rename one of them before the next plan"));
            }
        }
    }

    /**
     * Gives an object the document that already renders it, when there is one. That document is
     * not rewritten (export cannot yet turn operations back into an HTTP tool's fields, nor
     * download knowledge files), so a live change to the object is named rather than lost quietly.
     */
    private boolean keepDocument(LiveObject live, DocumentedObject document, Map<Kind, Slugs> slugs,
            List<ExportNote> notes) {
        if (document == null || document.key().equals(document.slug())) {
            return false;
        }
        slugs.get(document.kind()).claim(document.slug());
        put(new Identity(live, document.kind(), document.slug(), document.key(), document.file()));
        if (!document.inSync()) {
            notes.add(new ExportNote(document.file(), "the live " + live.target().spelling() + " '" + live.name()
                    + "' differs from what this document renders; export keeps the document as it is, so carry "
                    + "that change over by hand"));
        }
        return true;
    }

    private static boolean knownSlugAllows(Map<String, String> knownSlugs, LiveObject live, String slug) {
        String known = knownSlugs.get(live.id());
        return known == null || known.equals(slug);
    }

    private void addDocument(LiveObject live, Kind kind, String slug) {
        Identity identity = new Identity(live, kind, slug, slug, kind.folder() + "/" + slug + ".yaml");
        put(identity);
        documents.add(identity);
    }

    private void addKnowledgeBase(LiveObject live, KnowledgeForm form) {
        String file = Kind.KNOWLEDGE_BASE.folder() + "/" + form.slug() + ".yaml";
        Identity identity = new Identity(live, Kind.KNOWLEDGE_BASE, form.slug(), "kb-" + form.slug(), file);
        put(identity);
        documents.add(identity);
        for (KnowledgeForm.KnowledgeFile document : form.files()) {
            put(new Identity(document.live(), Kind.KNOWLEDGE_BASE, form.slug(),
                    form.slug() + "/" + document.fileName(), file));
        }
    }

    private void put(Identity identity) {
        byId.get(identity.target()).putIfAbsent(identity.live().id(), identity);
    }

    private static String nameFor(LiveObject live) {
        String name = live.name();
        return name.isEmpty() ? live.body().path("type").asString("") : name;
    }

    private static String fallbackFor(Kind kind) {
        return switch (kind) {
            case ASSISTANT -> "assistant";
            case SQUAD -> "squad";
            case TOOL -> "tool";
            case STRUCTURED_OUTPUT -> "structured-output";
            case KNOWLEDGE_BASE -> "knowledge";
            case POLICY -> "policy";
        };
    }

    private static String skipReason(LiveObject live) {
        String what = live.target().spelling() + " '" + live.name() + "' (" + live.id() + ")";
        if (live.target() == Target.CREDENTIAL) {
            return what + " is not a credential Ferry makes from an authRef (or shares its name with one); "
                    + "references to it stay unresolved";
        }
        return what + " belongs to no exported knowledge base (or its content was not given); not exported";
    }

    Optional<Identity> of(Target target, String id) {
        return Optional.ofNullable(byId.get(target).get(id));
    }

    /** The documents to write, by kind and slug. */
    List<Identity> documents() {
        return documents;
    }

    Optional<KnowledgeForm> knowledge(String toolId) {
        return Optional.ofNullable(knowledge.get(toolId));
    }

    Optional<CredentialForm> credential(String id) {
        return Optional.ofNullable(credentials.get(id));
    }

    /** Every object that now has a place in the repo, with its render key. */
    List<ExportedObject> exported() {
        List<ExportedObject> all = new ArrayList<>();
        byId.values().forEach(identities -> identities.values().forEach(identity -> all.add(identity.exported())));
        all.sort(Comparator.comparing(ExportedObject::target).thenComparing(ExportedObject::key));
        return all;
    }
}
