package org.bridgehead.simulator.ews;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.w3c.dom.Element;

/**
 * A t:SerializableTimeZone, as GetUserAvailability speaks it: a base Bias (minutes to add to local
 * time to get UTC) and, optionally, the standard and daylight rules (an extra Bias, the local Time
 * of the change, the DayOrder-th DayOfWeek of a Month, 5 meaning the last).
 */
final class LegacyTimeZone {
    private record Rule(int bias, LocalTime time, int dayOrder, int month, DayOfWeek day) {
        LocalDateTime in(int year) {
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate date = dayOrder >= 5 ? first.with(TemporalAdjusters.lastInMonth(day))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(dayOrder, day));
            return date.atTime(time);
        }
    }

    private final int bias;
    private final Rule standard;
    private final Rule daylight;

    private LegacyTimeZone(int bias, Rule standard, Rule daylight) {
        this.bias = bias;
        this.standard = standard;
        this.daylight = daylight;
    }

    static final LegacyTimeZone UTC = new LegacyTimeZone(0, null, null);

    static LegacyTimeZone read(Optional<Element> element) throws SoapFaultException {
        if (element.isEmpty()) {
            return UTC;
        }
        Element tz = element.get();
        int bias = number(Dom.childText(tz, "Bias").orElse("0"));
        Optional<Rule> standard = rule(Dom.child(tz, "StandardTime"));
        Optional<Rule> daylight = rule(Dom.child(tz, "DaylightTime"));
        if (standard.isEmpty() || daylight.isEmpty() || standard.get().month() == 0 || daylight.get().month() == 0) {
            return new LegacyTimeZone(bias + standard.map(Rule::bias).orElse(0), null, null);
        }
        return new LegacyTimeZone(bias, standard.get(), daylight.get());
    }

    /** The local time of an instant in this zone. */
    LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).minusMinutes(biasAt(instant));
    }

    /** The instant of a local time in this zone. */
    Instant instant(LocalDateTime local) {
        Instant guess = local.plusMinutes(bias).toInstant(ZoneOffset.UTC);
        return local.plusMinutes(biasAt(guess)).toInstant(ZoneOffset.UTC);
    }

    private int biasAt(Instant instant) {
        if (standard == null) {
            return bias;
        }
        int year = LocalDateTime.ofInstant(instant, ZoneOffset.UTC).getYear();
        Instant daylightStarts = daylight.in(year).plusMinutes(bias + standard.bias()).toInstant(ZoneOffset.UTC);
        Instant daylightEnds = standard.in(year).plusMinutes(bias + daylight.bias()).toInstant(ZoneOffset.UTC);
        boolean inDaylight = daylightStarts.isBefore(daylightEnds)
                ? !instant.isBefore(daylightStarts) && instant.isBefore(daylightEnds)
                : !instant.isBefore(daylightStarts) || instant.isBefore(daylightEnds);
        return bias + (inDaylight ? daylight.bias() : standard.bias());
    }

    private static Optional<Rule> rule(Optional<Element> element) throws SoapFaultException {
        if (element.isEmpty()) {
            return Optional.empty();
        }
        Element e = element.get();
        try {
            return Optional.of(new Rule(number(Dom.childText(e, "Bias").orElse("0")),
                    LocalTime.parse(Dom.childText(e, "Time").orElse("00:00:00")),
                    number(Dom.childText(e, "DayOrder").orElse("1")), number(Dom.childText(e, "Month").orElse("0")),
                    DayOfWeek.valueOf(Dom.childText(e, "DayOfWeek").orElse("Sunday").toUpperCase(Locale.ROOT))));
        } catch (RuntimeException ex) {
            throw Dom.schemaViolation("invalid time zone rule: " + ex.getMessage());
        }
    }

    private static int number(String text) throws SoapFaultException {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw Dom.schemaViolation("'" + text + "' is not a number");
        }
    }
}
