package dev.ferry.config;

import java.time.LocalDate;

/**
 * A part of the live world Ferry must not manage: a field ({@code path}) of every resource of a
 * kind, or whole live resources whose name matches a glob ({@code name}). Each carries a reason.
 */
public record IgnoreRule(Kind kind, String path, String name, String reason, String owner, LocalDate until) {}
