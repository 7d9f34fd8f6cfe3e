package dev.ferry.export;

import dev.ferry.render.Target;

/**
 * A live object export brought into the repo, with the key render gives it: the slug for most
 * documents, {@code kb-<slug>} for a knowledge base's query tool, {@code <slug>/<file>} for its
 * files and the secret path for a credential. Pairs of key and id are what the ledger records,
 * so the next render of the repo finds the same objects.
 *
 * @param file the document that now describes it
 */
public record ExportedObject(Target target, String id, String key, String file) {}
