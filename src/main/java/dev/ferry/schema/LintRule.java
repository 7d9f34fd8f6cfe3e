package dev.ferry.schema;

/** One family of lint checks; each finding it reports carries a rule id such as {@code ref-unknown}. */
interface LintRule {
    void check(LintContext context);
}
