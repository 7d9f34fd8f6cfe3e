package dev.ferry.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Optional {@code Idempotency-Key} support for creates: the first successful answer for a key in an
 * org is remembered and replayed to every later request with that key, so a retried POST whose
 * answer was lost makes nothing new. Off by default, because the real API is not known to honour
 * the header; kept in memory only.
 */
final class IdempotencyKeys {
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** One key's first request path and, once it succeeded, its answer. */
    private static final class Slot {
        private final String path;
        private ApiReply reply;

        private Slot(String path) {
            this.path = path;
        }
    }

    ApiReply run(String org, String key, String path, Supplier<ApiReply> create) {
        Slot slot = slots.computeIfAbsent(org + '\n' + key, unused -> new Slot(path));
        // Holding the slot makes a concurrent retry with the same key wait for the first attempt's outcome.
        synchronized (slot) {
            if (!slot.path.equals(path)) {
                throw ApiError.of(422, "Idempotency-Key " + key + " was already used for " + slot.path);
            }
            if (slot.reply == null) {
                ApiReply reply = create.get();
                if (reply.isSuccess()) {
                    slot.reply = reply;
                }
                return reply;
            }
            return slot.reply;
        }
    }
}
