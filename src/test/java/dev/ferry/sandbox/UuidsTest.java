package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {
    private static final UUID DNS_NAMESPACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void nameBasedUuidMatchesAnIndependentVersion5Implementation() {
        // The value Python's uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") gives.
        assertThat(Uuids.nameBased(DNS_NAMESPACE, "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    }

    @Test
    void nameBasedUuidIsVersion5AndRfc4122Variant() {
        UUID id = Uuids.nameBased(SandboxOrg.ID_NAMESPACE, "acme-dev");

        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void sameNameGivesTheSameIdAndOtherNamesOthers() {
        assertThat(SandboxOrg.idOf("acme-dev")).isEqualTo(SandboxOrg.idOf("acme-dev"))
                .isNotEqualTo(SandboxOrg.idOf("acme-uat"));
    }

    @Test
    void uuidCheckAcceptsAnyVersionInEitherCase() {
        assertThat(Uuids.isUuid("6F0C1D2E-3F4A-4B5C-8D6E-7F8091A2B3C4")).isTrue();
        assertThat(Uuids.isUuid("886313e1-3b8a-5372-9b90-0c9aee199e5d")).isTrue();
    }

    @Test
    void uuidCheckRefusesWhatJavasLenientParserWouldAccept() {
        assertThat(Uuids.isUuid("1-2-3-4-5")).isFalse();
        assertThat(Uuids.isUuid("order-agent")).isFalse();
        assertThat(Uuids.isUuid("6f0c1d2e3f4a4b5c8d6e7f8091a2b3c4")).isFalse();
        assertThat(Uuids.isUuid(null)).isFalse();
    }
}
