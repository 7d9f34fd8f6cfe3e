package dev.ferry.secrets;

/** A provider could not be asked about a secret; the message names the provider, never a value. */
public final class SecretLookupException extends RuntimeException {
    public SecretLookupException(String message) {
        super(message);
    }

    public SecretLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
