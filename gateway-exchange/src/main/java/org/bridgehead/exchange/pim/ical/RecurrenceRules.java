package org.bridgehead.exchange.pim.ical;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.bridgehead.exchange.pim.ical.Recurrence.Index;
import org.bridgehead.exchange.pim.ical.Recurrence.Type;

/**
 * RRULE <-> {@link Recurrence}. Every rule Exchange can store is accepted; any other (HOURLY,
 * BYWEEKNO, several months, a fifth Tuesday …) is refused with the reason, never stored as
 * something else.
 */
public final class RecurrenceRules {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final Set<DayOfWeek> ALL_DAYS = EnumSet.allOf(DayOfWeek.class);
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private RecurrenceRules() {
    }

    /** The recurrence an RRULE value describes for a series starting at {@code start}. */
    public static Recurrence parse(String rrule, DateOrTime start) throws UnsupportedRuleException {
        Recur<?> recur;
        try {
            recur = new Recur<>(rrule);
        } catch (RuntimeException e) {
            throw new UnsupportedRuleException("RRULE cannot be read: " + rrule);
        }
        refuseUnsupportedParts(recur, rrule);
        int interval = Math.max(1, recur.getInterval());
        LocalDate first = start.localDate();
        LocalDate endDate = recur.getUntil() == null ? null : untilDay(recur.getUntil(), start);
        int count = Math.max(0, recur.getCount());
        DayOfWeek weekStart = recur.getWeekStartDay() == null ? DayOfWeek.MONDAY
                : WeekDay.getDayOfWeek(recur.getWeekStartDay());
        List<WeekDay> byDay = recur.getDayList();
        List<Integer> setPos = recur.getSetPosList();
        if (setPos.size() > 1) {
            throw new UnsupportedRuleException("Exchange holds one BYSETPOS at most: " + rrule);
        }
        Frequency frequency = recur.getFrequency();
        switch (frequency) {
            case DAILY -> {
                if (!recur.getMonthDayList().isEmpty() || !recur.getMonthList().isEmpty() || !setPos.isEmpty()) {
                    throw new UnsupportedRuleException("Exchange cannot limit a daily rule: " + rrule);
                }
                if (byDay.isEmpty()) {
                    return new Recurrence(Type.DAILY, interval, Set.of(), 0, 0, null, weekStart, first, endDate, count);
                }
                if (interval != 1) {
                    throw new UnsupportedRuleException("Exchange cannot repeat chosen days every " + interval
                            + " days: " + rrule);
                }
                // "every weekday" is a weekly pattern in Exchange
                return new Recurrence(Type.WEEKLY, 1, plainDays(byDay, rrule), 0, 0, null, weekStart, first, endDate,
                        count);
            }
            case WEEKLY -> {
                if (!recur.getMonthDayList().isEmpty() || !recur.getMonthList().isEmpty() || !setPos.isEmpty()) {
                    throw new UnsupportedRuleException("Exchange cannot limit a weekly rule by month or position: "
                            + rrule);
                }
                Set<DayOfWeek> days = byDay.isEmpty() ? Set.of(first.getDayOfWeek()) : plainDays(byDay, rrule);
                return new Recurrence(Type.WEEKLY, interval, days, 0, 0, null, weekStart, first, endDate, count);
            }
            case MONTHLY -> {
                if (!recur.getMonthList().isEmpty()) {
                    throw new UnsupportedRuleException("Exchange cannot limit a monthly rule by month: " + rrule);
                }
                return monthly(recur, rrule, false, 0, interval, weekStart, first, endDate, count);
            }
            case YEARLY -> {
                if (recur.getMonthList().size() > 1) {
                    throw new UnsupportedRuleException("Exchange holds one month per yearly rule: " + rrule);
                }
                int month = recur.getMonthList().isEmpty() ? first.getMonthValue()
                        : recur.getMonthList().get(0).getMonthOfYear();
                return monthly(recur, rrule, true, month, interval, weekStart, first, endDate, count);
            }
            default -> throw new UnsupportedRuleException("Exchange has no " + frequency + " recurrence: " + rrule);
        }
    }

    private static Recurrence monthly(Recur<?> recur, String rrule, boolean yearly, int month, int interval,
            DayOfWeek weekStart, LocalDate first, LocalDate endDate, int count) throws UnsupportedRuleException {
        List<WeekDay> byDay = recur.getDayList();
        List<Integer> monthDays = recur.getMonthDayList();
        List<Integer> setPos = recur.getSetPosList();
        Type absolute = yearly ? Type.ABSOLUTE_YEARLY : Type.ABSOLUTE_MONTHLY;
        Type relative = yearly ? Type.RELATIVE_YEARLY : Type.RELATIVE_MONTHLY;
        if (!byDay.isEmpty() && !monthDays.isEmpty()) {
            throw new UnsupportedRuleException("Exchange cannot combine BYDAY and BYMONTHDAY: " + rrule);
        }
        if (byDay.isEmpty()) {
            if (monthDays.size() > 1 || !setPos.isEmpty()) {
                throw new UnsupportedRuleException("Exchange holds one day of the month per rule: " + rrule);
            }
            int day = monthDays.isEmpty() ? first.getDayOfMonth() : monthDays.get(0);
            if (day == -1) {
                return new Recurrence(relative, interval, ALL_DAYS, 0, month, Index.LAST, weekStart, first, endDate,
                        count);
            }
            if (day < 1 || day > 31) {
                throw new UnsupportedRuleException("Exchange cannot count days from the end of the month: " + rrule);
            }
            return new Recurrence(absolute, interval, Set.of(), day, month, null, weekStart, first, endDate, count);
        }
        int position;
        Set<DayOfWeek> days;
        if (byDay.size() == 1 && byDay.get(0).getOffset() != 0) {
            if (!setPos.isEmpty()) {
                throw new UnsupportedRuleException("BYSETPOS with a positioned BYDAY: " + rrule);
            }
            position = byDay.get(0).getOffset();
            days = Set.of(WeekDay.getDayOfWeek(byDay.get(0)));
        } else {
            days = plainDays(byDay, rrule);
            if (setPos.isEmpty()) {
                if (days.size() == 1) {
                    throw new UnsupportedRuleException("Exchange cannot repeat on every " + days.iterator().next()
                            + " of a month; give a position such as 1MO: " + rrule);
                }
                throw new UnsupportedRuleException("Exchange needs a position (BYSETPOS) for several days: " + rrule);
            }
            position = setPos.get(0);
            if (days.size() > 1 && !days.equals(WEEKDAYS) && !days.equals(WEEKEND) && !days.equals(ALL_DAYS)) {
                throw new UnsupportedRuleException("Exchange knows one day, every day, weekdays or weekend days per "
                        + "position: " + rrule);
            }
        }
        Index index = Index.ofPosition(position);
        if (index == null) {
            throw new UnsupportedRuleException("Exchange knows the first to fourth and the last day only: " + rrule);
        }
        return new Recurrence(relative, interval, days, 0, month, index, weekStart, first, endDate, count);
    }

    private static void refuseUnsupportedParts(Recur<?> recur, String rrule) throws UnsupportedRuleException {
        if (!recur.getHourList().isEmpty() || !recur.getMinuteList().isEmpty() || !recur.getSecondList().isEmpty()
                || !recur.getWeekNoList().isEmpty() || !recur.getYearDayList().isEmpty()) {
            throw new UnsupportedRuleException("Exchange cannot store BYHOUR, BYMINUTE, BYSECOND, BYWEEKNO or "
                    + "BYYEARDAY: " + rrule);
        }
        if (recur.getCount() > 0 && recur.getUntil() != null) {
            throw new UnsupportedRuleException("COUNT and UNTIL together: " + rrule);
        }
    }

    private static Set<DayOfWeek> plainDays(List<WeekDay> byDay, String rrule) throws UnsupportedRuleException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (WeekDay day : byDay) {
            if (day.getOffset() != 0) {
                throw new UnsupportedRuleException("A position in BYDAY fits monthly and yearly rules only: " + rrule);
            }
            days.add(WeekDay.getDayOfWeek(day));
        }
        return days;
    }

    /** UNTIL is inclusive: the day, in the series' zone, of the last moment it allows. */
    private static LocalDate untilDay(Temporal until, DateOrTime start) {
        if (until instanceof LocalDate date) {
            return date;
        }
        if (until instanceof LocalDateTime local) {
            return local.toLocalDate();
        }
        Instant instant;
        if (until instanceof OffsetDateTime offset) {
            instant = offset.toInstant();
        } else if (until instanceof ZonedDateTime zoned) {
            instant = zoned.toInstant();
        } else {
            instant = Instant.from(until);
        }
        return instant.atZone(start.zone()).toLocalDate();
    }

    /** The RRULE value for a recurrence of a series starting at {@code start}. */
    public static String format(Recurrence recurrence, DateOrTime start) {
        List<String> parts = new ArrayList<>();
        int interval = recurrence.interval();
        switch (recurrence.type()) {
            case DAILY -> parts.add("FREQ=DAILY");
            case WEEKLY -> {
                parts.add("FREQ=WEEKLY");
                parts.add("BYDAY=" + dayList(recurrence.days()));
                parts.add("WKST=" + code(recurrence.firstDayOfWeek()));
            }
            case ABSOLUTE_MONTHLY -> {
                parts.add("FREQ=MONTHLY");
                parts.add("BYMONTHDAY=" + recurrence.dayOfMonth());
            }
            case RELATIVE_MONTHLY -> {
                parts.add("FREQ=MONTHLY");
                parts.addAll(relativeDays(recurrence));
            }
            case ABSOLUTE_YEARLY -> {
                parts.add("FREQ=YEARLY");
                parts.add("BYMONTH=" + recurrence.month());
                parts.add("BYMONTHDAY=" + recurrence.dayOfMonth());
            }
            case RELATIVE_YEARLY -> {
                parts.add("FREQ=YEARLY");
                parts.add("BYMONTH=" + recurrence.month());
                parts.addAll(relativeDays(recurrence));
            }
            default -> throw new IllegalStateException(recurrence.type().name());
        }
        if (interval > 1) {
            parts.add(1, "INTERVAL=" + interval);
        }
        if (recurrence.count() > 0) {
            parts.add("COUNT=" + recurrence.count());
        } else if (recurrence.endDate() != null) {
            parts.add("UNTIL=" + until(recurrence.endDate(), start));
        }
        return String.join(";", parts);
    }

    private static List<String> relativeDays(Recurrence recurrence) {
        if (recurrence.days().size() == 1) {
            return List.of("BYDAY=" + recurrence.index().position() + code(recurrence.days().iterator().next()));
        }
        return List.of("BYDAY=" + dayList(recurrence.days()), "BYSETPOS=" + recurrence.index().position());
    }

    /** UNTIL has the value type of DTSTART: a date, or the last occurrence's start in UTC. */
    private static String until(LocalDate endDate, DateOrTime start) {
        if (start.date()) {
            return endDate.format(DATE);
        }
        ZonedDateTime last = endDate.atTime(start.time().toLocalTime()).atZone(start.zone());
        return last.withZoneSameInstant(java.time.ZoneOffset.UTC).format(UTC_TIME);
    }

    private static String dayList(Set<DayOfWeek> days) {
        return days.stream().sorted().map(RecurrenceRules::code).collect(Collectors.joining(","));
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** A rule Exchange cannot hold, with the reason. */
    public static final class UnsupportedRuleException extends Exception {

        public UnsupportedRuleException(String message) {
            super(message);
        }
    }
}
