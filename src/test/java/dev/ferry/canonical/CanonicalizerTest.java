package dev.ferry.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.render.Target;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class CanonicalizerTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Canonicalizer canonicalizer = new Canonicalizer(IdResolver.NONE, SecretMasker.NONE, List.of());

    @Test
    void anUnresolvedIdIsMarkedOnceAndTheMarkerStaysAsItIs() {
        ObjectNode live = NODES.objectNode();
        live.putObject("model").putArray("toolIds").add("1111aaaa-dev");
        ObjectNode file = NODES.objectNode();
        file.putObject("model").putArray("toolIds").add("unresolved:1111aaaa-dev");

        CanonicalResource fromLive = canonicalizer.canonicalize(Target.ASSISTANT, live);
        CanonicalResource fromFile = canonicalizer.canonicalize(Target.ASSISTANT, file);

        assertThat(fromLive.tree().at("/model/toolIds/0").asString()).isEqualTo("unresolved:1111aaaa-dev");
        assertThat(fromFile.tree()).isEqualTo(fromLive.tree());
        assertThat(fromFile.notes()).containsExactly("unresolved tool id 1111aaaa-dev at /model/toolIds/n");
    }

    @Test
    void aWebhookSecretIsShownAsItsReferenceOrMaskedNeverInClear() {
        ObjectNode tool = NODES.objectNode();
        tool.putObject("server").put("url", "https://hooks.example.test/vapi").put("secret", "s3cr3t-value");
        ObjectNode assistant = NODES.objectNode().put("serverUrlSecret", "other-secret-value");
        SecretMasker known = value -> value.equals("s3cr3t-value")
                ? java.util.Optional.of("${secrets://order-lookup/server-secret}") : java.util.Optional.empty();

        ObjectNode withReference = new Canonicalizer(IdResolver.NONE, known, List.of())
                .canonicalize(Target.TOOL, tool).tree();
        ObjectNode masked = canonicalizer.canonicalize(Target.ASSISTANT, assistant).tree();

        assertThat(withReference.at("/server/secret").asString()).isEqualTo("${secrets://order-lookup/server-secret}");
        assertThat(masked.get("serverUrlSecret").asString()).isEqualTo(SecretMasker.MASK);
    }
}
