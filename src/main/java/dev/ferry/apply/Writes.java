package dev.ferry.apply;

import dev.ferry.vapi.FileUpload;
import dev.ferry.vapi.TimeSource;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiException;
import dev.ferry.vapi.VapiKind;
import dev.ferry.vapi.VapiOutcomeUnknownException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes that may be retried without ever making a duplicate (pitfalls B07, B11). The client never
 * resends a write whose outcome is unknown; here such a write is first looked for: a create by listing
 * its kind and adopting the object with its name, an update by reading the object back, a delete by
 * asking for it. Only when the org shows nothing is the write tried again, with the same idempotency key,
 * after a pause on the injected clock. The org's refusals are not retried.
 */
final class Writes {
    static final int MAX_ATTEMPTS = 6;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(16);

    /** An object written, or found already there after a lost answer. */
    record Result(ObjectNode object, boolean adopted) {}

    private final VapiClient client;
    private final TimeSource time;
    private final SourceLocator locator;

    Writes(VapiClient client, TimeSource time, SourceLocator locator) {
        this.client = client;
        this.time = time;
        this.locator = locator;
    }

    Result create(VapiKind kind, ObjectNode body, String key, Predicate<ObjectNode> isOurs, String where) {
        return createOrAdopt(kind, () -> client.create(kind, body, key), isOurs, where);
    }

    Result upload(FileUpload upload, String key, Predicate<ObjectNode> isOurs, String where) {
        return createOrAdopt(VapiKind.FILE, () -> client.upload(upload, key), isOurs, where);
    }

    ObjectNode update(VapiKind kind, String id, ObjectNode body, String key, Predicate<ObjectNode> tookEffect,
            String where) {
        VapiOutcomeUnknownException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return client.update(kind, id, body, key);
            } catch (VapiOutcomeUnknownException unknown) {
                last = unknown;
                pause(attempt);
                ObjectNode now = client.get(kind, id);
                if (tookEffect.test(now)) {
                    return now;
                }
            } catch (VapiException refused) {
                throw rejected(where, refused);
            }
        }
        throw gaveUp(where, "update", last);
    }

    /** Deletes; false when the object was already gone. */
    boolean delete(VapiKind kind, String id, String key, String where) {
        VapiOutcomeUnknownException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                client.delete(kind, id, key);
                return true;
            } catch (VapiOutcomeUnknownException unknown) {
                last = unknown;
                pause(attempt);
                if (client.find(kind, id).isEmpty()) {
                    return true;
                }
            } catch (VapiException refused) {
                if (refused.isNotFound()) {
                    return false;
                }
                throw rejected(where, refused);
            }
        }
        throw gaveUp(where, "delete", last);
    }

    private Result createOrAdopt(VapiKind kind, Supplier<ObjectNode> write, Predicate<ObjectNode> isOurs,
            String where) {
        VapiOutcomeUnknownException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return new Result(write.get(), false);
            } catch (VapiOutcomeUnknownException unknown) {
                last = unknown;
                pause(attempt);
                Optional<ObjectNode> made = client.list(kind).stream().filter(isOurs)
                        .min(Comparator.comparing(object -> object.path("id").asString()));
                if (made.isPresent()) {
                    return new Result(made.get(), true);
                }
            } catch (VapiException refused) {
                throw rejected(where, refused);
            }
        }
        throw gaveUp(where, "create", last);
    }

    private void pause(int attempt) {
        long millis = Math.min(LONGEST_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(attempt - 1, 10));
        try {
            time.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApplyStop.of("interrupted while waiting to retry");
        }
    }

    private ApplyStop rejected(String where, VapiException refused) {
        return new ApplyStop(ServerErrors.lines(where, refused, locator), false);
    }

    private static ApplyStop gaveUp(String where, String what, VapiOutcomeUnknownException last) {
        return ApplyStop.of(where + ": the org never confirmed the " + what + " in " + MAX_ATTEMPTS
                + " attempts and shows no trace of it (last: " + (last == null ? "none" : last.getMessage())
                + "); nothing was duplicated, re-run apply");
    }
}
