package dev.ferry.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The timestamp form Vapi uses ({@code 2025-11-12T00:46:02.094Z}) and the date forms list filters accept. */
final class Timestamps {
    // Always three fraction digits: ISO_INSTANT would drop them on a whole second.
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }

    /** Reads a filter value: a date-time with a zone or offset, or a plain date taken as midnight UTC. */
    static Instant parseFilter(String parameter, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw ApiError.badRequest(parameter + " must be a valid ISO 8601 date string");
            }
        }
    }
}
