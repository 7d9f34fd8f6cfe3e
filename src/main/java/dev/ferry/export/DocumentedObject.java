package dev.ferry.export;

import dev.ferry.config.Kind;

/**
 * A live object that one of the repo's documents already renders to under a key other than its
 * slug: an operation of a {@code type: http} tool ({@code <slug>-<operation>}), or a knowledge
 * base's query tool ({@code kb-<slug>}) and files. Export points references at that document, in
 * its sugar, instead of writing the object as a plain document of its own.
 *
 * @param key the render key, which names the operation or the knowledge file
 * @param file the document that renders it
 * @param inSync whether the live object is what the document renders for the source environment
 */
public record DocumentedObject(Kind kind, String slug, String key, String file, boolean inSync) {}
