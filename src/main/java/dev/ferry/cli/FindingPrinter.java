package dev.ferry.cli;

import dev.ferry.config.Finding;
import dev.ferry.schema.ValidationReport;
import java.io.PrintWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Prints findings: one line each on stderr (coloured on a terminal), or as JSON or YAML data on stdout. */
final class FindingPrinter {
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[0m";

    private FindingPrinter() {}

    static void printText(ValidationReport report, PrintWriter err, boolean color) {
        for (Finding finding : report.findings()) {
            String line = finding.format();
            if (color) {
                String label = finding.severity().label();
                String tint = finding.isError() ? RED : YELLOW;
                line = line.replaceFirst(": " + label + ": ", ": " + tint + label + RESET + ": ");
            }
            err.println(line);
        }
        err.println(summary(report));
    }

    static String summary(ValidationReport report) {
        return "validated " + report.repo().filesRead() + " file" + (report.repo().filesRead() == 1 ? "" : "s") + ", "
                + report.repo().documents().size() + " resource" + (report.repo().documents().size() == 1 ? "" : "s")
                + ": " + plural(report.errorCount(), "error") + ", " + plural(report.warningCount(), "warning");
    }

    static void printJson(ValidationReport report, PrintWriter out) {
        out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(data(report)));
    }

    static void printYaml(ValidationReport report, PrintWriter out) {
        YAMLMapper mapper = YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build();
        out.print(mapper.writeValueAsString(data(report)));
    }

    private static ObjectNode data(ValidationReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("valid", report.isValid());
        root.put("files", report.repo().filesRead());
        root.put("resources", report.repo().documents().size());
        root.put("errors", report.errorCount());
        root.put("warnings", report.warningCount());
        ArrayNode list = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode item = list.addObject();
            item.put("file", finding.file());
            item.put("line", finding.position().line());
            item.put("column", finding.position().column());
            item.put("severity", finding.severity().label());
            item.put("field", finding.field());
            item.put("message", finding.message());
            item.put("rule", finding.rule());
        }
        return root;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
