package dev.ferry.export;

/**
 * A secret export left out of the files: the reference now written in its place, which the user
 * must fill in each environment's secret store before the next apply. The value itself is never
 * kept; {@code livePointer} says where it sat in the live object.
 *
 * @param reference {@code ${secrets://front-desk/authorization}} in a string, or {@code
 *     secrets://crm/api-key} for an {@code authRef}
 */
public record SecretReference(String reference, String file, String livePointer) {}
