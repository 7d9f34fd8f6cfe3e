package dev.ferry.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which header names hold secrets: narrow for lint's errors, broad for whatever hides a value. */
class SecretShapesTest {
    @Test
    void lintKnowsTheCredentialHeadersByName() {
        assertThat(SecretShapes.isSecretHeader("Authorization")).isTrue();
        assertThat(SecretShapes.isSecretHeader("X-API-Key")).isTrue();
        assertThat(SecretShapes.isSecretHeader("X-Shop-Signature")).isFalse();
        assertThat(SecretShapes.isSecretHeader("Content-Type")).isFalse();
    }

    @Test
    void maskingAlsoHidesHeadersWhoseNamesSpeakOfSecrets() {
        assertThat(SecretShapes.mayBeSecretHeader("Authorization")).isTrue();
        assertThat(SecretShapes.mayBeSecretHeader("X-Shop-Signature")).isTrue();
        assertThat(SecretShapes.mayBeSecretHeader("x-session-id")).isTrue();
        assertThat(SecretShapes.mayBeSecretHeader("X-Client-Credential")).isTrue();
        assertThat(SecretShapes.mayBeSecretHeader("Content-Type")).isFalse();
        assertThat(SecretShapes.mayBeSecretHeader("X-Request-Id")).isFalse();
    }
}
