package dev.ferry.tui;

/** The steps of the export wizard, in order; nothing is written before {@link #WRITE}. */
enum ExportWizardStep {
    PICK("Pick", "pick live resources"),
    CLOSURE("Closure", "what they bring along"),
    SLUGS("Slugs", "accept or change slugs"),
    VALUES("Values", "params and secrets"),
    PREVIEW("Preview", "every file"),
    CONFLICTS("Conflicts", "files that exist"),
    WRITE("Write", "write the files");

    private final String label;
    private final String purpose;

    ExportWizardStep(String label, String purpose) {
        this.label = label;
        this.purpose = purpose;
    }

    String label() {
        return label;
    }

    String purpose() {
        return purpose;
    }

    int number() {
        return ordinal() + 1;
    }

    ExportWizardStep next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    ExportWizardStep previous() {
        return values()[Math.max(ordinal() - 1, 0)];
    }
}
