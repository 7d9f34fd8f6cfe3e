package dev.ferry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.Finding;
import dev.ferry.testing.Fixtures;
import dev.ferry.yaml.YamlDocument;
import dev.ferry.yaml.YamlReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code schema} rule: how a violation of Ferry's JSON Schemas reads, and where it points.
 * Documents are fixtures under {@code documents/}, validated directly against one schema.
 */
class SchemaValidatorTest {
    private static final SchemaValidator SCHEMAS = new SchemaValidator();

    @Test
    void temperatureAboveTheMaximumInsideTheModelMappingIsTheOneFinding() throws Exception {
        List<String> lines = validate(SchemaName.ASSISTANT, "temperature-too-high.yaml");

        assertThat(lines).containsExactly("assistants/temperature-too-high.yaml:10:18: error: spec.model.temperature: "
                + "must be at most 2 (found 3.5) [schema]");
    }

    @Test
    void unknownTopLevelKeyIsNamedAtTheKey() throws Exception {
        List<String> lines = validate(SchemaName.ASSISTANT, "unknown-top-level-key.yaml");

        assertThat(lines).containsExactly("assistants/unknown-top-level-key.yaml:5:1: error: specs: unknown field "
                + "'specs' [schema]");
    }

    @Test
    void unknownSugarKeyListsTheRefKeysFerryKnows() throws Exception {
        List<String> lines = validate(SchemaName.ASSISTANT, "unknown-sugar.yaml");

        assertThat(lines).containsExactly("assistants/unknown-sugar.yaml:7:3: error: spec.promptRef: unknown sugar key "
                + "'promptRef'; Ferry's ref keys are systemPromptRef, safetyPolicyRef, authRef and schemaRef [schema]");
    }

    @Test
    void valueMatchingNoFormOfAOneOfNamesTheForms() throws Exception {
        List<String> lines = validate(SchemaName.ASSISTANT, "model-of-wrong-type.yaml");

        assertThat(lines).containsExactly(
                "assistants/model-of-wrong-type.yaml:6:10: error: spec.model: must be a string or a mapping (found "
                        + "number 4) [schema]",
                "assistants/model-of-wrong-type.yaml:7:12: error: spec.authRef: must be a string or a mapping (found "
                        + "a list) [schema]");
    }

    @Test
    void squadMemberNeedsExactlyOneWayOfNamingItsAssistant() throws Exception {
        List<String> lines = validate(SchemaName.SQUAD, "squad-member-forms.yaml");

        assertThat(lines).containsExactly(
                "assistants/squad-member-forms.yaml:7:7: error: spec.members[0]: needs exactly one of 'ref', "
                        + "'assistantId' or 'assistant' [schema]",
                "assistants/squad-member-forms.yaml:9:7: error: spec.members[1]: needs exactly one of 'ref', "
                        + "'assistantId' or 'assistant' [schema]");
    }

    @Test
    void constEnumTypeAndMinimumSayWhatWasFound() throws Exception {
        List<String> lines = validate(SchemaName.ASSISTANT, "wrong-values.yaml");

        assertThat(lines).containsExactly(
                "assistants/wrong-values.yaml:2:13: error: apiVersion: must be 'v1' (found 'v2') [schema]",
                "assistants/wrong-values.yaml:6:21: error: spec.firstMessageMode: must be one of "
                        + "'assistant-speaks-first', 'assistant-speaks-first-with-model-generated-message', "
                        + "'assistant-waits-for-user' (found 'assistant-speaks-last') [schema]",
                "assistants/wrong-values.yaml:7:23: error: spec.maxDurationSeconds: must be a number (found string "
                        + "'600') [schema]",
                "assistants/wrong-values.yaml:8:26: error: spec.silenceTimeoutSeconds: must be at least 10 (found 5) "
                        + "[schema]");
    }

    @Test
    void httpToolWithoutOperationsIsMissingThem() throws Exception {
        List<String> lines = validate(SchemaName.TOOL, "http-without-operations.yaml");

        assertThat(lines).containsExactly("assistants/http-without-operations.yaml:6:3: error: spec: missing required "
                + "field 'operations' [schema]");
    }

    @Test
    void operationsOnAToolThatIsNotHttpSayWhyTheyAreRefused() throws Exception {
        List<String> lines = validate(SchemaName.TOOL, "operations-without-http.yaml");

        assertThat(lines).containsExactly("assistants/operations-without-http.yaml:7:3: error: spec.operations: not "
                + "allowed here (operations are only for tools of type http) [schema]");
    }

    @Test
    void schemaAndSchemaRefTogetherAreRefusedAtTheSecond() throws Exception {
        List<String> lines = validate(SchemaName.STRUCTURED_OUTPUT, "structured-output-schema-twice.yaml");

        assertThat(lines).containsExactly("assistants/structured-output-schema-twice.yaml:9:3: error: spec.schemaRef: "
                + "cannot be used together with 'schema' (write the schema inline or point at a file, not both) "
                + "[schema]");
    }

    @Test
    void environmentNameThatBreaksThePatternIsNamedAtItsKey() throws Exception {
        List<String> lines = validate(SchemaName.ENVIRONMENTS, "environments-bad-names.yaml");

        assertThat(lines).containsExactly(
                "assistants/environments-bad-names.yaml:2:10: error: project: must match ^[a-z0-9][a-z0-9-]{0,29}$ "
                        + "(found 'Larkspur') [schema]",
                "assistants/environments-bad-names.yaml:4:3: error: environments.Dev: name 'Dev' must match "
                        + "^[a-z][a-z0-9-]{0,29}$ [schema]",
                "assistants/environments-bad-names.yaml:7:13: error: environments.Dev.access: must be one of 'read', "
                        + "'write', 'ci-only' (found 'admin') [schema]");
    }

    private static List<String> validate(SchemaName schema, String fixture) throws Exception {
        YamlDocument document = YamlReader.read(Fixtures.bytes(SchemaValidatorTest.class, "documents/" + fixture),
                fixture);
        return SCHEMAS.validate(schema, document.root(), document.sourceMap(), "assistants/" + fixture).stream()
                .map(Finding::format)
                .toList();
    }
}
