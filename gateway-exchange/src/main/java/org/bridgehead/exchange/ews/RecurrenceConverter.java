package org.bridgehead.exchange.ews;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import microsoft.exchange.webservices.data.core.enumeration.property.time.DayOfTheWeek;
import microsoft.exchange.webservices.data.core.enumeration.property.time.DayOfTheWeekIndex;
import microsoft.exchange.webservices.data.core.enumeration.property.time.Month;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.DailyPattern;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.MonthlyPattern;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.RelativeMonthlyPattern;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.RelativeYearlyPattern;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.WeeklyPattern;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.YearlyPattern;
import org.bridgehead.exchange.pim.ical.Recurrence;
import org.bridgehead.exchange.pim.ical.Recurrence.Index;
import org.bridgehead.exchange.pim.ical.Recurrence.Type;

/**
 * {@link Recurrence} <-> ews-java-api's recurrence patterns. Yearly patterns in EWS have no
 * interval, so "every 2 years" is stored as "every 24 months" (the same occurrences).
 *
 * <p>ews-java-api types WeeklyPattern's FirstDayOfWeek as a java.util.Calendar and cannot write
 * it; the week start therefore comes back from the client's original rule (see EventConverter).
 */
final class RecurrenceConverter {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private RecurrenceConverter() {
    }

    static microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence toEws(
            Recurrence recurrence) throws Exception {
        Date start = date(recurrence.start());
        microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence pattern =
                switch (recurrence.type()) {
                    case DAILY -> new DailyPattern(start, recurrence.interval());
                    case WEEKLY -> new WeeklyPattern(start, recurrence.interval(),
                            recurrence.days().stream().sorted().map(RecurrenceConverter::day)
                                    .toArray(DayOfTheWeek[]::new));
                    case ABSOLUTE_MONTHLY -> new MonthlyPattern(start, recurrence.interval(), recurrence.dayOfMonth());
                    case RELATIVE_MONTHLY -> new RelativeMonthlyPattern(start, recurrence.interval(),
                            dayKind(recurrence.days()), index(recurrence.index()));
                    case ABSOLUTE_YEARLY -> recurrence.interval() > 1
                            ? new MonthlyPattern(start, 12 * recurrence.interval(), recurrence.dayOfMonth())
                            : new YearlyPattern(start, month(recurrence.month()), recurrence.dayOfMonth());
                    case RELATIVE_YEARLY -> recurrence.interval() > 1
                            ? new RelativeMonthlyPattern(start, 12 * recurrence.interval(), dayKind(recurrence.days()),
                                    index(recurrence.index()))
                            : new RelativeYearlyPattern(start, month(recurrence.month()), dayKind(recurrence.days()),
                                    index(recurrence.index()));
                };
        if (recurrence.count() > 0) {
            pattern.setNumberOfOccurrences(recurrence.count());
        } else if (recurrence.endDate() != null) {
            pattern.setEndDate(date(recurrence.endDate()));
        } else {
            pattern.neverEnds();
        }
        return pattern;
    }

    /**
     * @param zone       the series' time zone, in which Exchange's dates are days
     * @param weekStart  the week start to report (EWS's own cannot be read through ews-java-api)
     */
    static Recurrence fromEws(microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence ews,
            LocalDate firstDay, ZoneId zone, DayOfWeek weekStart) throws Exception {
        LocalDate endDate = ews.hasEnd() && ews.getEndDate() != null ? day(ews.getEndDate(), zone) : null;
        Integer occurrences = ews.getNumberOfOccurrences();
        int count = occurrences == null ? 0 : occurrences;
        if (count > 0) {
            endDate = null;
        }
        if (ews instanceof DailyPattern daily) {
            return new Recurrence(Type.DAILY, daily.getInterval(), Set.of(), 0, 0, null, weekStart, firstDay, endDate,
                    count);
        }
        if (ews instanceof WeeklyPattern weekly) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfTheWeek day : weekly.getDaysOfTheWeek()) {
                days.addAll(days(day));
            }
            return new Recurrence(Type.WEEKLY, weekly.getInterval(), days, 0, 0, null, weekStart, firstDay, endDate,
                    count);
        }
        if (ews instanceof MonthlyPattern monthly) {
            int interval = monthly.getInterval();
            if (interval % 12 == 0) {
                return new Recurrence(Type.ABSOLUTE_YEARLY, interval / 12, Set.of(), monthly.getDayOfMonth(),
                        firstDay.getMonthValue(), null, weekStart, firstDay, endDate, count);
            }
            return new Recurrence(Type.ABSOLUTE_MONTHLY, interval, Set.of(), monthly.getDayOfMonth(), 0, null,
                    weekStart, firstDay, endDate, count);
        }
        if (ews instanceof RelativeMonthlyPattern relative) {
            int interval = relative.getInterval();
            boolean yearly = interval % 12 == 0;
            return new Recurrence(yearly ? Type.RELATIVE_YEARLY : Type.RELATIVE_MONTHLY, yearly ? interval / 12
                    : interval, days(relative.getDayOfTheWeek()), 0, yearly ? firstDay.getMonthValue() : 0,
                    index(relative.getDayOfTheWeekIndex()), weekStart, firstDay, endDate, count);
        }
        if (ews instanceof YearlyPattern yearly) {
            return new Recurrence(Type.ABSOLUTE_YEARLY, 1, Set.of(), yearly.getDayOfMonth(),
                    yearly.getMonth().ordinal() + 1, null, weekStart, firstDay, endDate, count);
        }
        if (ews instanceof RelativeYearlyPattern yearly) {
            return new Recurrence(Type.RELATIVE_YEARLY, 1, days(yearly.getDayOfTheWeek()), 0,
                    yearly.getMonth().ordinal() + 1, index(yearly.getDayOfTheWeekIndex()), weekStart, firstDay,
                    endDate, count);
        }
        throw new IllegalArgumentException("A recurrence Exchange regenerates from completion (a task's): "
                + ews.getClass().getSimpleName());
    }

    /** A day as ews-java-api writes it: midnight UTC, formatted as {@code yyyy-MM-ddZ}. */
    static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * The day Exchange meant: it writes a recurrence's dates with the offset of the series' zone
     * ({@code 2026-12-08-06:00}) or in UTC ({@code 2026-12-08Z}); either is midnight of that day.
     */
    static LocalDate day(Date date, ZoneId zone) {
        Instant instant = date.toInstant();
        if (instant.atZone(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return instant.atZone(ZoneOffset.UTC).toLocalDate();
        }
        return instant.atZone(zone).toLocalDate();
    }

    private static DayOfTheWeek day(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> DayOfTheWeek.Monday;
            case TUESDAY -> DayOfTheWeek.Tuesday;
            case WEDNESDAY -> DayOfTheWeek.Wednesday;
            case THURSDAY -> DayOfTheWeek.Thursday;
            case FRIDAY -> DayOfTheWeek.Friday;
            case SATURDAY -> DayOfTheWeek.Saturday;
            case SUNDAY -> DayOfTheWeek.Sunday;
        };
    }

    private static DayOfTheWeek dayKind(Set<DayOfWeek> days) {
        if (days.size() == 1) {
            return day(days.iterator().next());
        }
        if (days.equals(WEEKDAYS)) {
            return DayOfTheWeek.Weekday;
        }
        if (days.equals(WEEKEND)) {
            return DayOfTheWeek.WeekendDay;
        }
        return DayOfTheWeek.Day;
    }

    private static Set<DayOfWeek> days(DayOfTheWeek day) {
        return switch (day) {
            case Monday -> Set.of(DayOfWeek.MONDAY);
            case Tuesday -> Set.of(DayOfWeek.TUESDAY);
            case Wednesday -> Set.of(DayOfWeek.WEDNESDAY);
            case Thursday -> Set.of(DayOfWeek.THURSDAY);
            case Friday -> Set.of(DayOfWeek.FRIDAY);
            case Saturday -> Set.of(DayOfWeek.SATURDAY);
            case Sunday -> Set.of(DayOfWeek.SUNDAY);
            case Weekday -> WEEKDAYS;
            case WeekendDay -> WEEKEND;
            case Day -> EnumSet.allOf(DayOfWeek.class);
        };
    }

    private static DayOfTheWeekIndex index(Index index) {
        return switch (index) {
            case FIRST -> DayOfTheWeekIndex.First;
            case SECOND -> DayOfTheWeekIndex.Second;
            case THIRD -> DayOfTheWeekIndex.Third;
            case FOURTH -> DayOfTheWeekIndex.Fourth;
            case LAST -> DayOfTheWeekIndex.Last;
        };
    }

    private static Index index(DayOfTheWeekIndex index) {
        return switch (index) {
            case First -> Index.FIRST;
            case Second -> Index.SECOND;
            case Third -> Index.THIRD;
            case Fourth -> Index.FOURTH;
            case Last -> Index.LAST;
        };
    }

    private static Month month(int month) {
        return Month.values()[month - 1];
    }
}
