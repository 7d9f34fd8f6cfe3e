package dev.ferry.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.IgnoreRule;
import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The normalization rules of design section 5 and the pitfalls that test them. */
class CanonicalRulesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Canonicalizer canonical = new Canonicalizer(IdResolver.NONE, SecretMasker.NONE, List.of());

    private static ObjectNode json(String text) {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    private JsonNode tree(Target target, String text) {
        return canonical.canonicalize(target, json(text)).tree();
    }

    @Test
    void numbersCompareByValueWhateverTheirSpelling() {
        assertThat(tree(Target.ASSISTANT, "{'model':{'temperature':1.0}}"))
                .isEqualTo(tree(Target.ASSISTANT, "{'model':{'temperature':1}}"));
        assertThat(tree(Target.ASSISTANT, "{'maxDurationSeconds':600.00}"))
                .isEqualTo(tree(Target.ASSISTANT, "{'maxDurationSeconds':600}"));
        assertThat(tree(Target.ASSISTANT, "{'model':{'temperature':0.7}}"))
                .isNotEqualTo(tree(Target.ASSISTANT, "{'model':{'temperature':0.2}}"));
    }

    @Test
    void setsIgnoreOrderButSequencesDoNot() {
        assertThat(tree(Target.ASSISTANT, "{'model':{'toolIds':['@ref:tool/b','@ref:tool/a']}}"))
                .isEqualTo(tree(Target.ASSISTANT, "{'model':{'toolIds':['@ref:tool/a','@ref:tool/b']}}"));
        assertThat(tree(Target.ASSISTANT, "{'endCallPhrases':['bye','goodbye']}"))
                .isNotEqualTo(tree(Target.ASSISTANT, "{'endCallPhrases':['goodbye','bye']}"));
    }

    @Test
    void forListFieldsAbsentEmptyAndNullAreOneButForScalarsNullIsItsOwnValue() {
        assertThat(tree(Target.ASSISTANT, "{'transcriber':{'provider':'deepgram','keywords':[]}}"))
                .isEqualTo(tree(Target.ASSISTANT, "{'transcriber':{'provider':'deepgram'}}"));
        assertThat(tree(Target.ASSISTANT, "{'endCallPhrases':null}"))
                .isEqualTo(tree(Target.ASSISTANT, "{'endCallPhrases':[]}"));
        assertThat(tree(Target.ASSISTANT, "{'endCallMessage':null}"))
                .isNotEqualTo(tree(Target.ASSISTANT, "{'endCallMessage':'Bye'}"))
                .isNotEqualTo(tree(Target.ASSISTANT, "{}"));
    }

    @Test
    void fieldsTheDocumentLeavesOutAreUnmanagedAndNamed() {
        CanonicalResource desired = canonical.canonicalize(Target.ASSISTANT, json("{'name':'Desk'}"));
        CanonicalResource live = canonical.canonicalize(Target.ASSISTANT, json(
                "{'name':'Desk','backgroundSound':'office','serverMessages':['end-of-call-report','hang']}"));

        CanonicalResource managed = Canonicalizer.managedPart(live, desired);

        assertThat(managed.tree()).isEqualTo(desired.tree());
        assertThat(managed.notes()).containsExactly(
                "unmanaged fields (not in Git, never written): backgroundSound, serverMessages");
    }

    @Test
    void aLiveValueWhereGitHoldsASecretReferenceIsNeverShownEvenUnderAnInnocentName() {
        CanonicalResource desired = canonical.canonicalize(Target.ASSISTANT, json(
                "{'server':{'url':'https://h.example','headers':{'X-Shop-Route':'${secrets://shop/sig}'}}}"));
        CanonicalResource live = canonical.canonicalize(Target.ASSISTANT, json(
                "{'server':{'url':'https://h.example','headers':{'X-Shop-Route':'plain-words-value'}}}"));

        CanonicalResource managed = Canonicalizer.managedPart(live, desired);

        assertThat(managed.tree().toString()).doesNotContain("plain-words-value");
        assertThat(managed.tree().at("/server/headers/X-Shop-Route").asString()).isEqualTo(SecretMasker.MASK);
        assertThat(managed.tree()).isNotEqualTo(desired.tree());
    }

    @Test
    void anUnmanagedObjectsSignatureHeaderIsMaskedByItsName() {
        CanonicalResource live = canonical.canonicalize(Target.ASSISTANT, json(
                "{'server':{'url':'https://h.example','headers':{'X-Shop-Signature':'plain-words-value'}}}"));

        assertThat(live.tree().at("/server/headers/X-Shop-Signature").asString()).isEqualTo(SecretMasker.MASK);
    }

    @Test
    void anExplicitDefaultInGitEqualsTheServersValue() {
        CanonicalResource desired = canonical.canonicalize(Target.ASSISTANT, json("{'backgroundSound':'office'}"));
        CanonicalResource live = canonical.canonicalize(Target.ASSISTANT, json("{'backgroundSound':'office'}"));

        assertThat(Canonicalizer.managedPart(live, desired).tree()).isEqualTo(desired.tree());
    }

    @Test
    void serverFieldsAndFerrysOwnLabelsNeverCount() {
        JsonNode live = tree(Target.ASSISTANT, "{'id':'a1','orgId':'o1','createdAt':'2026-01-01T00:00:00.000Z',"
                + "'updatedAt':'2026-01-02T00:00:00.000Z','isServerUrlSecretSet':false,'latestVersion':null,"
                + "'name':'Desk','metadata':{'ferry':{'sha':'abc','env':'dev'}}}");

        assertThat(live).isEqualTo(tree(Target.ASSISTANT, "{'name':'Desk'}"));
    }

    @Test
    void theUsersOwnMetadataKeysStay() {
        JsonNode live = tree(Target.ASSISTANT, "{'metadata':{'ferry':{'sha':'abc'},'team':'voice'}}");

        assertThat(live.get("metadata").propertyNames()).containsExactly("team");
    }

    @Test
    void idsBecomeKeysAndUnknownIdsAreMarkedAndReported() {
        IdResolver ids = (target, id) -> id.equals("t-1") ? Optional.of("end-call") : Optional.empty();
        CanonicalResource resource = new Canonicalizer(ids, SecretMasker.NONE, List.of())
                .canonicalize(Target.ASSISTANT, json("{'model':{'toolIds':['t-1','t-9']}}"));

        assertThat(resource.tree().at("/model/toolIds")).extracting(JsonNode::asString)
                .containsExactly("end-call", "unresolved:t-9");
        assertThat(resource.notes()).containsExactly("unresolved tool id t-9 at /model/toolIds/n");
    }

    @Test
    void headerSecretsShowAsTheirReferenceOrMaskedAndOrdinaryHeadersStay() {
        SecretMasker known = value -> value.equals("Bearer k3y-0f-the-scheduler-9f8e7d6c")
                ? Optional.of("${secrets://scheduler/token}") : Optional.empty();
        JsonNode tool = new Canonicalizer(IdResolver.NONE, known, List.of()).canonicalize(Target.TOOL, json(
                "{'server':{'headers':{'Authorization':'Bearer k3y-0f-the-scheduler-9f8e7d6c',"
                        + "'X-Api-Key':'zq81ksl2mf93kdl20dkf02kdm','Content-Type':'application/json'}}}")).tree();

        assertThat(tool.at("/server/headers/Authorization").asString()).isEqualTo("${secrets://scheduler/token}");
        assertThat(tool.at("/server/headers/X-Api-Key").asString()).isEqualTo(SecretMasker.MASK);
        assertThat(tool.at("/server/headers/Content-Type").asString()).isEqualTo("application/json");
        assertThat(tool.toString()).doesNotContain("k3y-0f-the-scheduler", "zq81ksl2mf93kdl20dkf02kdm");
    }

    @Test
    void aTokenPastedIntoAPromptIsMaskedAndOrdinaryTextIsNot() {
        CanonicalResource resource = canonical.canonicalize(Target.ASSISTANT, json("{'model':{'messages':[{'role':"
                + "'system','content':'Call with sk-live0123456789abcdefgh or eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.sig ok'}]},"
                + "'firstMessage':'Hi, ask for desk-b or the skeleton key.'}"));

        assertThat(resource.tree().at("/model/messages/0/content").asString())
                .isEqualTo("Call with <masked> or <masked> ok");
        assertThat(resource.tree().get("firstMessage").asString()).isEqualTo("Hi, ask for desk-b or the skeleton key.");
        assertThat(resource.notes()).containsExactly("masked a token-shaped value in model.messages[0].content");
    }

    @Test
    void ignoredPathsAreCutOutAndSaidSo() {
        IgnoreRule rule = new IgnoreRule(Kind.ASSISTANT, "voice.chunkPlan", null, "tuned live", null, null);
        CanonicalResource resource = new Canonicalizer(IdResolver.NONE, SecretMasker.NONE, List.of(rule))
                .canonicalize(Target.ASSISTANT, json("{'voice':{'provider':'vapi','chunkPlan':{'enabled':true}}}"));

        assertThat(resource.tree().at("/voice").propertyNames()).containsExactly("provider");
        assertThat(resource.notes()).containsExactly("ignored voice.chunkPlan (tuned live)");
    }

    @Test
    void theHashIsStableAndFollowsContent() {
        CanonicalResource a = canonical.canonicalize(Target.TOOL, json("{'type':'endCall','function':{'name':'x'}}"));
        CanonicalResource b = canonical.canonicalize(Target.TOOL, json("{'function':{'name':'x'},'type':'endCall'}"));
        CanonicalResource c = canonical.canonicalize(Target.TOOL, json("{'function':{'name':'y'},'type':'endCall'}"));

        assertThat(a.hash()).isEqualTo(b.hash()).hasSize(64).isNotEqualTo(c.hash());
    }
}
