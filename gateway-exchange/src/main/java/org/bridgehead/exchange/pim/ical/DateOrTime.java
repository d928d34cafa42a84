package org.bridgehead.exchange.pim.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A DTSTART-like value: a date (VALUE=DATE, an all-day event or a due day) or a time in a zone.
 * A date is held as midnight in its zone, which is where Exchange puts an all-day event; a time
 * in UTC stays in UTC, so a client that only speaks UTC gets UTC back.
 *
 * @param time the moment, in the zone the client named (UTC for {@code Z} and floating times)
 * @param date true for a date without a time of day
 */
public record DateOrTime(ZonedDateTime time, boolean date) {

    public DateOrTime {
        Objects.requireNonNull(time, "time");
        if (date && !time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException("a date starts at midnight: " + time);
        }
    }

    public static DateOrTime ofDate(LocalDate day, ZoneId zone) {
        return new DateOrTime(day.atStartOfDay(zone), true);
    }

    public static DateOrTime ofTime(Instant instant, ZoneId zone) {
        return new DateOrTime(instant.atZone(zone), false);
    }

    public static DateOrTime ofUtc(Instant instant) {
        return ofTime(instant, ZoneOffset.UTC);
    }

    public Instant instant() {
        return time.toInstant();
    }

    public ZoneId zone() {
        return time.getZone();
    }

    public LocalDate localDate() {
        return time.toLocalDate();
    }

    /** True for UTC, which iCalendar writes with a trailing {@code Z} and no VTIMEZONE. */
    public boolean utc() {
        return TimeZones.isUtc(time.getZone());
    }

    /** The same instant (or day) in another zone; a date keeps its day. */
    public DateOrTime inZone(ZoneId zone) {
        return date ? ofDate(localDate(), zone) : ofTime(instant(), zone);
    }
}
