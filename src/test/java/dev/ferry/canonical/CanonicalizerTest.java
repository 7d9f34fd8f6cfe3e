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
}
