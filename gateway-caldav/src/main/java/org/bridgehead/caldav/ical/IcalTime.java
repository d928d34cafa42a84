package org.bridgehead.caldav.ical;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * DATE and DATE-TIME values (RFC 5545 3.3.4/3.3.5) as instants. A TZID names an IANA zone (the
 * backend writes IANA ids); an unknown TZID, and floating times, are read as UTC, which is how
 * RFC 4791 9.9 evaluates floating times without a calendar time zone.
 */
public final class IcalTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private IcalTime() {
    }

    /** The instant a DTSTART, DTEND, DUE, RECURRENCE-ID … property names; empty if it cannot be read. */
    public static Optional<Instant> instant(Property property) {
        String value = property.value().trim();
        try {
            if (value.length() == 8) {
                return Optional.of(LocalDate.parse(value, DATE).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return Optional.of(LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME)
                        .toInstant(ZoneOffset.UTC));
            }
            LocalDateTime local = LocalDateTime.parse(value, DATE_TIME);
            return Optional.of(local.atZone(zone(property.param("TZID").orElse(null))).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the value is a DATE (all-day). */
    public static boolean isDate(Property property) {
        return property.value().trim().length() == 8 || property.param("VALUE").map("DATE"::equalsIgnoreCase).orElse(false);
    }

    /** A UTC DATE-TIME in iCalendar form, e.g. {@code 20261204T090000Z}. */
    public static String utc(Instant instant) {
        return DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
    }

    /** A {@code start}/{@code end} attribute of a time-range element (always UTC). */
    public static Instant parseUtc(String value) {
        String v = value.trim();
        if (!(v.endsWith("Z") || v.endsWith("z"))) {
            throw new DateTimeException("not a UTC date-time: " + value);
        }
        return LocalDateTime.parse(v.substring(0, v.length() - 1), DATE_TIME).toInstant(ZoneOffset.UTC);
    }

    /** An RFC 5545 DURATION ({@code PT1H}, {@code P1D}, {@code -PT15M}, {@code P2W}). */
    public static Optional<Duration> duration(String value) {
        String v = value.trim().toUpperCase();
        boolean negative = v.startsWith("-");
        if (negative || v.startsWith("+")) {
            v = v.substring(1);
        }
        try {
            Duration duration;
            if (v.endsWith("W") && !v.contains("T")) {
                duration = Duration.ofDays(7L * Long.parseLong(v.substring(1, v.length() - 1)));
            } else {
                int t = v.indexOf('T');
                String datePart = t < 0 ? v : v.substring(0, t);
                duration = datePart.length() > 1 ? Duration.ofDays(Period.parse(datePart).getDays()) : Duration.ZERO;
                if (t >= 0) {
                    duration = duration.plus(Duration.parse("PT" + v.substring(t + 1)));
                }
            }
            return Optional.of(negative ? duration.negated() : duration);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The zone a TZID names; UTC when there is none or it is unknown. */
    static ZoneId zone(String tzid) {
        if (tzid == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(tzid);
        } catch (DateTimeException e) {
            // Clients prefix zone ids (Mozilla's "/mozilla.org/20050126_1/Europe/Berlin"): try the tail.
            int slash = tzid.indexOf('/', tzid.startsWith("/") ? 1 : 0);
            while (slash > 0) {
                try {
                    return ZoneId.of(tzid.substring(slash + 1));
                } catch (DateTimeException next) {
                    slash = tzid.indexOf('/', slash + 1);
                }
            }
            return ZoneOffset.UTC;
        }
    }
}
