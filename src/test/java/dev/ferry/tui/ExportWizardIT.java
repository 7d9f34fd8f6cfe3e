package dev.ferry.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.ferry.testing.Fixtures;
import dev.ferry.testing.TreeSnapshot;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The export wizard on the sample repo, with dev holding an assistant and its tool made by hand in
 * the dashboard; the tool sends a secret header. Every step is driven by keys on a virtual terminal.
 */
class ExportWizardIT {
    private static final String CANARY = "canaryWizard0123456789abcdef";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @TempDir
    Path home;

    private final List<String> screens = new ArrayList<>();

    private SampleWorkspace workspace() {
        return workspace(client -> { });
    }

    private SampleWorkspace workspace(Consumer<VapiClient> more) {
        return SampleWorkspace.in(folder).fill("dev", client -> {
            ObjectNode tool = client.create(VapiKind.TOOL, live("live-check-order.json"));
            client.create(VapiKind.ASSISTANT, (ObjectNode) JSON.readTree(Fixtures.text(getClass(),
                    "export-wizard/live-order-status.json").replace("TOOL_ID", tool.get("id").asString())));
            more.accept(client);
        });
    }

    private ObjectNode live(String name) {
        return (ObjectNode) JSON.readTree(Fixtures.text(getClass(), "export-wizard/" + name));
    }

    private Harness started(SampleWorkspace workspace, int columns, int rows) {
        return Harness.start(columns, rows, Harness.options(workspace.root, home, Map.of())).loaded();
    }

    private ExportWizard open(Harness harness) {
        harness.select("front-desk", "dev").type("x");
        ExportWizard wizard = (ExportWizard) harness.app.router.top();
        harness.until(() -> !wizard.shown().isEmpty(), "the wizard read dev");
        screens.add(harness.text());
        return wizard;
    }

    /** Enter, then wait until the next step has what it shows. */
    private void next(Harness harness, ExportWizard wizard, ExportWizardStep expected) {
        harness.press(KeyType.Enter);
        harness.until(() -> wizard.planned().isPresent(), "the export was planned");
        assertThat(wizard.step()).isEqualTo(expected);
        screens.add(harness.text());
    }

    private void through(Harness harness, ExportWizard wizard, ExportWizardStep last) {
        for (ExportWizardStep step : ExportWizardStep.values()) {
            if (step.ordinal() > wizard.step().ordinal() && step.ordinal() <= last.ordinal()) {
                next(harness, wizard, step);
            }
        }
    }

    private void write(Harness harness) {
        harness.press(KeyType.Enter);
        harness.until(() -> harness.app.router.top() == harness.app.matrix, "the export was written");
        screens.add(harness.text());
    }

    @Test
    void exportsAnUnmanagedAssistantWithTheToolItBrings() throws IOException {
        SampleWorkspace workspace = workspace();
        try (Harness harness = started(workspace, 120, 40)) {
            ExportWizard wizard = open(harness);

            assertThat(harness.screen.line(4)).startsWith("[x] ? Assistant        order-status  Order Status");
            assertThat(harness.text()).contains("[x] ? Tool", "check-order", "order-status", "Order Status");
            harness.type("j ");
            assertThat(harness.text()).contains("[ ] ? Tool");
            assertThat(wizard.picked()).hasSize(1);

            next(harness, wizard, ExportWizardStep.CLOSURE);
            assertThat(harness.text()).contains("Assistant order-status brings",
                    "+ tool              check-order  → tools/check-order.yaml");

            through(harness, wizard, ExportWizardStep.WRITE);
            assertThat(harness.text()).contains("create     assistants/order-status.yaml",
                    "create     tools/check-order.yaml");
            write(harness);

            assertThat(harness.screen.line(harness.screen.rows() - 1))
                    .contains("exported 2 object(s) from dev: 2 file(s) written");
            assertThat(Files.readString(workspace.root.resolve("assistants/order-status.yaml")))
                    .contains("name: Order Status", "ref: check-order", "model: ${params.model}");
            assertThat(Files.readString(workspace.root.resolve("tools/check-order.yaml")))
                    .contains("name: check_order", "url: ${params.webhookBase}/orders");
            assertThat(harness.app.log.lines()).extracting(LogBuffer.Line::text)
                    .anySatisfy(line -> assertThat(line).contains("create tools/check-order.yaml"));
            harness.loaded().select("order-status", "dev");
            assertThat(harness.app.model.status(harness.app.matrix.selectedRow().orElseThrow(),
                    harness.app.matrix.selectedColumn())).contains(dev.ferry.workspace.Status.IN_SYNC);
        }
    }

    @Test
    void aChangedSlugNamesTheFileAndEveryRefToIt() throws IOException {
        SampleWorkspace workspace = workspace(client -> {
            ObjectNode cancel = live("live-check-order.json");
            ((ObjectNode) cancel.get("function")).put("name", "cancel_order");
            client.create(VapiKind.TOOL, cancel);
        });
        try (Harness harness = started(workspace, 120, 40)) {
            ExportWizard wizard = open(harness);
            through(harness, wizard, ExportWizardStep.SLUGS);
            int tool = indexOf(wizard, "tools/check-order.yaml");
            for (int i = 0; i < tool; i++) {
                harness.type("j");
            }

            harness.type("c");
            harness.screen.terminal.addInput(new KeyStroke('u', true, false));
            harness.type("Order Lookup").press(KeyType.Enter);
            assertThat(harness.screen.line(harness.screen.rows() - 1)).contains("slug 'Order Lookup' must be 1-40 "
                    + "lower-case letters, digits and dashes, starting with a letter or digit");
            harness.type("c");
            harness.screen.terminal.addInput(new KeyStroke('u', true, false));
            harness.type("crm").press(KeyType.Enter);
            assertThat(harness.screen.line(harness.screen.rows() - 1))
                    .contains("tools/crm.yaml already exists for another resource; choose another slug");
            harness.type("c");
            harness.screen.terminal.addInput(new KeyStroke('u', true, false));
            harness.type("cancel-order").press(KeyType.Enter);
            assertThat(harness.screen.line(harness.screen.rows() - 1))
                    .contains("slug 'cancel-order' is taken by tools/cancel-order.yaml in this export");
            harness.type("c");
            harness.screen.terminal.addInput(new KeyStroke('u', true, false));
            harness.type("order-lookup").press(KeyType.Enter);
            harness.until(() -> wizard.planned().isPresent(), "the export was planned again");

            assertThat(harness.text()).contains("tools/order-lookup.yaml  (changed)")
                    .doesNotContain("tools/check-order.yaml");
            through(harness, wizard, ExportWizardStep.WRITE);
            write(harness);

            assertThat(workspace.root.resolve("tools/check-order.yaml")).doesNotExist();
            assertThat(Files.readString(workspace.root.resolve("tools/order-lookup.yaml")))
                    .contains("name: order-lookup", "name: check_order");
            assertThat(Files.readString(workspace.root.resolve("assistants/order-status.yaml")))
                    .contains("ref: order-lookup").doesNotContain("check-order");
        }
    }

    @Test
    void aSecretHeaderBecomesAReferenceAndItsValueIsShownOrWrittenNowhere() throws IOException {
        SampleWorkspace workspace = workspace();
        try (Harness harness = started(workspace, 120, 40)) {
            ExportWizard wizard = open(harness);
            through(harness, wizard, ExportWizardStep.VALUES);

            assertThat(harness.text()).contains("tools/check-order.yaml  server.headers.Authorization",
                    "→ ${secrets://check-order/authorization}   ●●●●●● (hidden)",
                    "tools/check-order.yaml:", "url: ${params.webhookBase}/orders");
            through(harness, wizard, ExportWizardStep.WRITE);
            write(harness);

            assertThat(Files.readString(workspace.root.resolve("tools/check-order.yaml")))
                    .contains("Authorization: ${secrets://check-order/authorization}", "X-Tenant: larkspur");
            assertThat(screens).hasSizeGreaterThan(6).allSatisfy(screen -> assertThat(screen).doesNotContain(CANARY));
            assertThat(harness.app.log.lines()).allSatisfy(line -> assertThat(line.text()).doesNotContain(CANARY));
            harness.loaded();
        }
        // Read after the workbench closed and its loaders stopped writing the matrix cache.
        try (Stream<Path> files = Files.walk(workspace.root)) {
            // The sandbox keeps its orgs under .ferry/sandbox: that is the live side, which holds the value.
            Path org = workspace.root.resolve(".ferry/sandbox");
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(org)).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain(CANARY);
            }
        }
    }

    @Test
    void keepLeavesTheExistingFileByteForByteAndBesideWritesASibling() throws IOException {
        SampleWorkspace workspace = workspace();
        Path assistant = workspace.root.resolve("assistants/order-status.yaml");
        Path tool = workspace.root.resolve("tools/check-order.yaml");
        Files.write(assistant, Fixtures.bytes(getClass(), "export-wizard/repo-order-status.yaml"));
        Files.write(tool, Fixtures.bytes(getClass(), "export-wizard/repo-check-order.yaml"));
        byte[] assistantBefore = Files.readAllBytes(assistant);
        byte[] toolBefore = Files.readAllBytes(tool);
        try (Harness harness = started(workspace, 120, 40)) {
            ExportWizard wizard = open(harness);
            harness.type("/order").press(KeyType.Enter);
            assertThat(harness.screen.line(4)).startsWith("[ ] ~ Assistant        order-status");
            harness.type(" ");
            through(harness, wizard, ExportWizardStep.PREVIEW);
            assertThat(harness.text()).contains(
                    "── assistants/order-status.yaml  (exists: diff against it, comments kept)",
                    "-   firstMessage: Hello from the old greeting.",
                    "+   firstMessage: Larkspur orders, how can I help?", "+     - ref: check-order");

            next(harness, wizard, ExportWizardStep.CONFLICTS);
            assertThat(harness.text()).contains("[keep     ] assistants/order-status.yaml",
                    "[keep     ] tools/check-order.yaml");
            harness.type("K").type("j").type("b");
            assertThat(harness.text()).contains("[beside   ] tools/check-order.yaml");
            next(harness, wizard, ExportWizardStep.WRITE);
            assertThat(harness.text()).contains("keep       assistants/order-status.yaml",
                    "beside     tools/check-order.yaml → tools/check-order.yaml.new");
            write(harness);

            assertThat(Files.readAllBytes(assistant)).isEqualTo(assistantBefore);
            assertThat(Files.readAllBytes(tool)).isEqualTo(toolBefore);
            assertThat(Files.readString(workspace.root.resolve("tools/check-order.yaml.new")))
                    .contains("name: check_order", "Authorization: ${secrets://check-order/authorization}");
        }
    }

    @Test
    void overwriteKeepsTheCommentsOfTheExistingFile() throws IOException {
        SampleWorkspace workspace = workspace();
        Path assistant = workspace.root.resolve("assistants/order-status.yaml");
        Files.write(assistant, Fixtures.bytes(getClass(), "export-wizard/repo-order-status.yaml"));
        try (Harness harness = started(workspace, 120, 40)) {
            ExportWizard wizard = open(harness);
            harness.type("/order-status").press(KeyType.Enter).type(" ");
            through(harness, wizard, ExportWizardStep.CONFLICTS);

            harness.type("o");
            through(harness, wizard, ExportWizardStep.WRITE);
            write(harness);

            assertThat(Files.readString(assistant)).startsWith("# Order line; the wording of the greeting was "
                    + "approved by the ops team.\n").contains("firstMessage: Larkspur orders, how can I help?");
        }
    }

    @Test
    void leavingBeforeTheLastStepWritesNothing() {
        SampleWorkspace workspace = workspace();
        try (Harness harness = started(workspace, 120, 40)) {
            Map<String, String> before = TreeSnapshot.of(workspace.root);
            ExportWizard wizard = open(harness);
            through(harness, wizard, ExportWizardStep.WRITE);

            for (int step = ExportWizardStep.WRITE.number(); step > 1; step--) {
                harness.type("q");
                assertThat(wizard.step().number()).isEqualTo(step - 1);
            }
            harness.press(KeyType.Escape);

            assertThat(harness.app.router.top()).isSameAs(harness.app.matrix);
            assertThat(harness.screen.line(harness.screen.rows() - 1)).contains("export left; nothing was written");
            assertThat(TreeSnapshot.of(workspace.root)).isEqualTo(before);
        }
    }

    @Test
    void everyStepFitsAnEightyByTwentyFourTerminal() {
        SampleWorkspace workspace = workspace();
        try (Harness harness = started(workspace, 80, 24)) {
            ExportWizard wizard = open(harness);
            assertThat(harness.screen.line(2)).contains("1 Pick", "7 Write");
            assertThat(harness.text()).contains("[x] ? Assistant", "[x] ? Tool");
            assertThat(harness.screen.line(23)).contains("Space toggle", "Enter next");

            through(harness, wizard, ExportWizardStep.PREVIEW);
            assertThat(harness.text()).contains("── assistants/order-status.yaml  (new file)")
                    .doesNotContain("url: ${params.webhookBase}/orders");
            harness.press(KeyType.PageDown).press(KeyType.PageDown);
            assertThat(harness.text()).contains("── tools/check-order.yaml  (new file)")
                    .doesNotContain("── assistants/order-status.yaml");
            harness.type("G");
            assertThat(harness.text()).contains("url: ${params.webhookBase}/orders");

            through(harness, wizard, ExportWizardStep.WRITE);
            assertThat(harness.text()).contains("create     tools/check-order.yaml",
                    "Enter writes these files; q goes back and writes nothing.");
            write(harness);

            assertThat(workspace.root.resolve("tools/check-order.yaml")).exists();
        }
    }

    @Test
    void helpAndThePaletteOfferTheWizardWhichStartsFromAnEnvironmentColumn() {
        try (Harness harness = started(workspace(), 120, 40)) {
            harness.select("front-desk", "git").type("x");
            assertThat(harness.screen.line(39)).contains("move to an environment column (l or Right) to export from it");

            harness.type("?");
            assertThat(((HelpView) harness.app.router.top()).lines()).extracting(TextPage.Line::text)
                    .anySatisfy(line -> assertThat(line).startsWith("  x ")
                            .contains("Export live resources of this environment to files (wizard)"))
                    .anySatisfy(line -> assertThat(line).startsWith("  F ").contains("Normalize files (fmt)"));
            harness.type("q");
            harness.select("front-desk", "dev").type(":export live");
            assertThat(((PaletteView) harness.app.router.top()).matches()).first().extracting(Action::id)
                    .isEqualTo("matrix.export");
            harness.press(KeyType.Enter);

            ExportWizard wizard = (ExportWizard) harness.app.router.top();
            harness.until(() -> !wizard.shown().isEmpty(), "the wizard read dev");
            harness.type("?");
            assertThat(harness.text()).contains("Export", "Conflict: keep the existing file as it is", "K ");
        }
    }

    private static int indexOf(ExportWizard wizard, String text) {
        for (int i = 0; i < wizard.lines().size(); i++) {
            if (wizard.lines().get(i).text().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    @Test
    void aDriftedResourceIsMarkedAsTheMatrixMarksIt() {
        SampleWorkspace workspace = SampleWorkspace.in(folder);
        var apply = dev.ferry.testing.FerryCli.run(Map.of("DEV_CRM_API_KEY", "k1", "DEV_OPS_DASHBOARD_KEY", "k2",
                "DEV_SCHEDULER_TOKEN", "k3", "DEV_WEBHOOKS_SIGNING_KEY", "k4"), "-C", workspace.root.toString(),
                "apply", "--env", "dev", "--approve");
        assertThat(apply.exitCode()).as(apply.err()).isZero();
        try (var connections = new dev.ferry.workspace.Connections(workspace.root, Map.of())) {
            var client = connections.client(dev.ferry.workspace.ProjectState.load(workspace.root).environment("dev"));
            ObjectNode desk = SampleWorkspace.find(client, dev.ferry.vapi.VapiKind.ASSISTANT, "Larkspur Front Desk");
            client.update(dev.ferry.vapi.VapiKind.ASSISTANT, desk.get("id").asString(),
                    desk.objectNode().put("firstMessage", "Edited in the dashboard."));
        }

        try (Harness harness = started(workspace, 120, 40)) {
            ExportWizard wizard = open(harness);

            assertThat(harness.text()).contains("! drifted");
            assertThat(wizard.lines()).anySatisfy(line -> assertThat(line.text()).contains("! Assistant")
                    .contains("front-desk"));
        }
    }
}
