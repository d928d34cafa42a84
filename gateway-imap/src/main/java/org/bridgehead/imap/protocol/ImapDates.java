package org.bridgehead.imap.protocol;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The two IMAP date syntaxes: date-time ({@code "17-Jul-1996 02:44:25 -0700"}: INTERNALDATE,
 * APPEND) and date ({@code 1-Feb-1994}: SEARCH BEFORE/ON/SINCE and their SENT forms).
 * Month names are English whatever the locale.
 */
public final class ImapDates {

    private static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private ImapDates() {
    }

    /** INTERNALDATE text without the quotes: day space-padded to two characters. */
    public static String formatDateTime(OffsetDateTime time) {
        int offsetMinutes = time.getOffset().getTotalSeconds() / 60;
        char sign = offsetMinutes < 0 ? '-' : '+';
        int absolute = Math.abs(offsetMinutes);
        return String.format(Locale.ROOT, "%2d-%s-%04d %02d:%02d:%02d %c%02d%02d",
                time.getDayOfMonth(), MONTHS.get(time.getMonthValue() - 1), time.getYear(),
                time.getHour(), time.getMinute(), time.getSecond(), sign, absolute / 60, absolute % 60);
    }

    /** Parses a date-time (quotes already removed); a one-digit day may be padded by space or zero. */
    public static OffsetDateTime parseDateTime(String text) throws ImapSyntaxException {
        String trimmed = text.startsWith(" ") ? text.substring(1) : text;
        String[] parts = trimmed.split(" ", -1);
        if (parts.length != 3 || parts[1].length() != 8 || parts[2].length() != 5) {
            throw new ImapSyntaxException("Invalid date-time " + text);
        }
        LocalDate date = parseDate(parts[0]);
        String time = parts[1];
        String zone = parts[2];
        if (time.charAt(2) != ':' || time.charAt(5) != ':' || (zone.charAt(0) != '+' && zone.charAt(0) != '-')) {
            throw new ImapSyntaxException("Invalid date-time " + text);
        }
        try {
            int hours = digits(time, 0, 2);
            int minutes = digits(time, 3, 5);
            int seconds = digits(time, 6, 8);
            int zoneHours = digits(zone, 1, 3);
            int zoneMinutes = digits(zone, 3, 5);
            int sign = zone.charAt(0) == '-' ? -1 : 1;
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * zoneHours, sign * zoneMinutes);
            return OffsetDateTime.of(LocalDateTime.of(date, LocalTime.of(hours, minutes, seconds)), offset);
        } catch (DateTimeException | NumberFormatException e) {
            throw new ImapSyntaxException("Invalid date-time " + text);
        }
    }

    /**
     * Parses a SEARCH date {@code d-MMM-yyyy} (one or two day digits). The grammar allows any day
     * from 1 to 31 in any month; a day past the month's end runs into the next month, as Dovecot
     * (through mktime) reads it, so {@code 31-Feb-2020} is 2 March 2020.
     */
    public static LocalDate parseDate(String text) throws ImapSyntaxException {
        String[] parts = text.split("-", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[0].length() > 2 || parts[2].length() != 4) {
            throw new ImapSyntaxException("Invalid date " + text);
        }
        int month = -1;
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).equalsIgnoreCase(parts[1])) {
                month = i + 1;
            }
        }
        try {
            if (month < 0) {
                throw new NumberFormatException();
            }
            int day = digits(parts[0], 0, parts[0].length());
            if (day < 1 || day > 31) {
                throw new NumberFormatException(parts[0]);
            }
            return LocalDate.of(digits(parts[2], 0, 4), month, 1).plusDays(day - 1L);
        } catch (DateTimeException | NumberFormatException e) {
            throw new ImapSyntaxException("Invalid date " + text);
        }
    }

    /** A date in SEARCH syntax, for clients of this library that build commands. */
    public static String formatDate(LocalDate date) {
        return date.getDayOfMonth() + "-" + MONTHS.get(date.getMonthValue() - 1) + "-" + date.getYear();
    }

    private static int digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new NumberFormatException(text);
            }
        }
        return Integer.parseInt(text, from, to, 10);
    }
}
