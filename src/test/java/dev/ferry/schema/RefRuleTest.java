package dev.ferry.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ref-unknown}, {@code ref-unknown-operation} and {@code ref-ignored}. */
class RefRuleTest {
    @TempDir
    Path temp;

    @Test
    void refsToDocumentsNoFileDefinesAreUnknown() {
        Path repo = sampleWith("ref-unknown");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly(
                "assistants/order-desk.yaml:10:12: error: spec.tools[1].ref: refers to Tool 'jira', which no file in "
                        + "tools/ defines [ref-unknown]",
                "assistants/order-desk.yaml:12:12: error: spec.knowledge[0].ref: refers to KnowledgeBase "
                        + "'product-faqs', which no file in knowledge/ defines [ref-unknown]",
                "squads/night-line.yaml:8:12: error: spec.members[1].ref: refers to Assistant 'night-owl', which no "
                        + "file in assistants/ defines [ref-unknown]",
                "tools/handoff-to-sales.yaml:9:12: error: spec.destinations[0].ref: refers to Assistant 'sales-desk', "
                        + "which no file in assistants/ defines [ref-unknown]");
    }

    @Test
    void refToADocumentThatFailedItsSchemaIsNotAlsoUnknown() {
        Path repo = sampleWith("ref-to-broken-document");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("tools/jira.yaml:7:11: error: spec.method: must be one of 'GET', 'POST', "
                + "'PUT', 'PATCH', 'DELETE' (found 'FETCH') [schema]");
    }

    @Test
    void sampleRepoHasNoUnknownRefs() {
        Path repo = SampleRepo.copyInto(temp);

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    @Test
    void operationTheToolDoesNotDefineIsUnknown() {
        Path repo = sampleWith("ref-unknown-operation");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("assistants/order-desk.yaml:9:37: error: spec.tools[0].operations[1]: tool "
                + "'crm' has no operation 'delete-customer' [ref-unknown-operation]");
    }

    @Test
    void refToAResourceAnIgnoreRuleHandsToSomeoneElseIsRefused() {
        Path repo = sampleWith("ref-ignored");

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("assistants/order-desk.yaml:8:12: error: spec.tools[0].ref: refers to Tool "
                + "'legacy-ivr', whose live name matches ignore rule 'legacy-*' (old IVR tools owned by the telephony "
                + "team) [ref-ignored]");
    }

    @Test
    void refToAResourceNoIgnoreRuleMatchesPasses() {
        Path repo = sampleWith("ref-not-ignored");

        var lines = Validation.lines(repo);

        assertThat(lines).isEmpty();
    }

    @Test
    void aHandoffInASquadMembersOverridesMustNameAnAssistantThatExists() throws Exception {
        Path repo = SampleRepo.copyInto(temp);
        Files.writeString(repo.resolve("squads/support-line.yaml"), """
                kind: Squad
                apiVersion: v1
                metadata:
                  name: support-line
                spec:
                  name: Larkspur Support Line
                  members:
                    - ref: front-desk
                      assistantOverrides:
                        tools:append:
                          - type: handoff
                            destinations:
                              - type: assistant
                                ref: night-desk
                    - ref: booking-agent
                """);

        var lines = Validation.lines(repo);

        assertThat(lines).containsExactly("squads/support-line.yaml:14:22: error: spec.members[0].assistantOverrides."
                + "tools:append[0].destinations[0].ref: refers to Assistant 'night-desk', which no file in assistants/ "
                + "defines [ref-unknown]");
    }

    @Test
    void refsToAFileThatCannotBeReadAreNotAlsoUnknownAndTheFileIsNamedFirst() throws Exception {
        Path repo = SampleRepo.copyInto(temp);
        java.nio.file.Files.writeString(repo.resolve("tools/end-call.yaml"),
                java.nio.file.Files.readString(repo.resolve("tools/end-call.yaml")) + "foo: [1, 2\n");

        var lines = Validation.lines(repo);

        assertThat(lines).singleElement().asString().startsWith("tools/end-call.yaml:").contains("[yaml-");
        assertThatThrownBy(() -> dev.ferry.workspace.ProjectState.load(repo))
                .hasMessageContaining("): tools/end-call.yaml:");
    }

    private Path sampleWith(String scenario) {
        return Fixtures.overlay(RefRuleTest.class, scenario, SampleRepo.copyInto(temp));
    }
}
