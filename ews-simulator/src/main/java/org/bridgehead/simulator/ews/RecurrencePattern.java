package org.bridgehead.simulator.ews;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bridgehead.simulator.store.XmlNode;

/**
 * A t:Recurrence: one pattern (Daily, Weekly, AbsoluteMonthly, RelativeMonthly, AbsoluteYearly,
 * RelativeYearly) and one range (NoEnd, EndDate, Numbered), giving the dates of a series in order.
 * A monthly day past the month's end falls on its last day, as Exchange schedules it.
 */
final class RecurrencePattern {
    /** More occurrences than any client could want from one series; a bound on every walk. */
    private static final int MAX_OCCURRENCES = 10_000;
    private static final int MAX_YEARS = 100;

    private enum Kind { DAILY, WEEKLY, ABSOLUTE_MONTHLY, RELATIVE_MONTHLY, ABSOLUTE_YEARLY, RELATIVE_YEARLY }

    private final Kind kind;
    private final int interval;
    private final Set<DayOfWeek> days;
    private final DayOfWeek firstDayOfWeek;
    private final int dayOfMonth;
    private final int weekIndex; // 1..4, or -1 for Last
    private final Month month;
    private final LocalDate start;
    private final LocalDate endDate;
    private final int count;

    private RecurrencePattern(Kind kind, int interval, Set<DayOfWeek> days, DayOfWeek firstDayOfWeek, int dayOfMonth,
                              int weekIndex, Month month, LocalDate start, LocalDate endDate, int count) {
        this.kind = kind;
        this.interval = interval;
        this.days = days;
        this.firstDayOfWeek = firstDayOfWeek;
        this.dayOfMonth = dayOfMonth;
        this.weekIndex = weekIndex;
        this.month = month;
        this.start = start;
        this.endDate = endDate;
        this.count = count;
    }

    /** Reads a stored t:Recurrence; a pattern Exchange would refuse gives ErrorCalendarInvalidRecurrence. */
    static RecurrencePattern read(XmlNode recurrence) throws EwsError {
        if (recurrence.children().size() != 2) {
            throw invalid("a recurrence needs one pattern and one range");
        }
        XmlNode pattern = recurrence.children().get(0);
        XmlNode range = recurrence.children().get(1);
        try {
            Kind kind = switch (pattern.name()) {
                case "DailyRecurrence" -> Kind.DAILY;
                case "WeeklyRecurrence" -> Kind.WEEKLY;
                case "AbsoluteMonthlyRecurrence" -> Kind.ABSOLUTE_MONTHLY;
                case "RelativeMonthlyRecurrence" -> Kind.RELATIVE_MONTHLY;
                case "AbsoluteYearlyRecurrence" -> Kind.ABSOLUTE_YEARLY;
                case "RelativeYearlyRecurrence" -> Kind.RELATIVE_YEARLY;
                default -> throw invalid("unknown recurrence pattern " + pattern.name());
            };
            int interval = pattern.childText("Interval").map(s -> Integer.parseInt(s.trim())).orElse(1);
            if (interval < 1 || interval > 999) {
                throw invalid("Interval must be between 1 and 999");
            }
            Set<DayOfWeek> days = days(pattern.childText("DaysOfWeek").orElse(""));
            if ((kind == Kind.WEEKLY || kind == Kind.RELATIVE_MONTHLY || kind == Kind.RELATIVE_YEARLY) && days.isEmpty()) {
                throw invalid("DaysOfWeek is required");
            }
            DayOfWeek firstDay = pattern.childText("FirstDayOfWeek").map(RecurrencePattern::day).orElse(DayOfWeek.SUNDAY);
            int dayOfMonth = pattern.childText("DayOfMonth").map(s -> Integer.parseInt(s.trim())).orElse(0);
            if ((kind == Kind.ABSOLUTE_MONTHLY || kind == Kind.ABSOLUTE_YEARLY) && (dayOfMonth < 1 || dayOfMonth > 31)) {
                throw invalid("DayOfMonth must be between 1 and 31");
            }
            int weekIndex = pattern.childText("DayOfWeekIndex").map(RecurrencePattern::weekIndex).orElse(1);
            Month month = pattern.childText("Month").map(m -> Month.valueOf(m.trim().toUpperCase(Locale.ROOT))).orElse(null);
            if ((kind == Kind.ABSOLUTE_YEARLY || kind == Kind.RELATIVE_YEARLY) && month == null) {
                throw invalid("Month is required");
            }
            LocalDate rangeStart = date(range.childText("StartDate").orElseThrow(() -> invalid("StartDate is required")));
            LocalDate end = null;
            int count = Integer.MAX_VALUE;
            switch (range.name()) {
                case "NoEndRecurrence" -> { }
                case "EndDateRecurrence" -> end = date(range.childText("EndDate").orElseThrow(() -> invalid("EndDate is required")));
                case "NumberedRecurrence" -> {
                    count = Integer.parseInt(range.childText("NumberOfOccurrences").orElse("0").trim());
                    if (count < 1 || count > 999) {
                        throw invalid("NumberOfOccurrences must be between 1 and 999");
                    }
                }
                default -> throw invalid("unknown recurrence range " + range.name());
            }
            if (end != null && end.isBefore(rangeStart)) {
                throw invalid("EndDate is earlier than StartDate");
            }
            return new RecurrencePattern(kind, interval, days, firstDay, dayOfMonth, weekIndex, month, rangeStart, end,
                    count);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    /** Whether the series ends (EndDate or Numbered range). */
    boolean ends() {
        return endDate != null || count != Integer.MAX_VALUE;
    }

    /**
     * The series' dates in order, from its start up to and including {@code until} (or its end),
     * with their 1-based instance index.
     */
    List<LocalDate> dates(LocalDate until) {
        List<LocalDate> result = new ArrayList<>();
        LocalDate last = endDate != null && endDate.isBefore(until) ? endDate : until;
        LocalDate limit = start.plusYears(MAX_YEARS);
        if (last.isAfter(limit)) {
            last = limit;
        }
        for (int period = 0; result.size() < count && result.size() < MAX_OCCURRENCES; period++) {
            List<LocalDate> candidates = candidates(period);
            if (candidates.isEmpty() || candidates.get(0).isAfter(last)) {
                if (firstOfPeriod(period).isAfter(last)) {
                    break;
                }
                continue;
            }
            for (LocalDate d : candidates) {
                if (!d.isBefore(start) && !d.isAfter(last) && result.size() < count) {
                    result.add(d);
                }
            }
        }
        return result;
    }

    private LocalDate firstOfPeriod(int period) {
        return switch (kind) {
            case DAILY -> start.plusDays((long) period * interval);
            case WEEKLY -> weekStart().plusWeeks((long) period * interval);
            case ABSOLUTE_MONTHLY, RELATIVE_MONTHLY -> start.withDayOfMonth(1).plusMonths((long) period * interval);
            case ABSOLUTE_YEARLY, RELATIVE_YEARLY -> start.withDayOfYear(1).plusYears(period);
        };
    }

    /** The pattern's dates in one period (a day, week, month or year), in order. */
    private List<LocalDate> candidates(int period) {
        LocalDate first = firstOfPeriod(period);
        List<LocalDate> result = new ArrayList<>();
        switch (kind) {
            case DAILY -> result.add(first);
            case WEEKLY -> {
                for (int i = 0; i < 7; i++) {
                    LocalDate d = first.plusDays(i);
                    if (days.contains(d.getDayOfWeek())) {
                        result.add(d);
                    }
                }
            }
            case ABSOLUTE_MONTHLY -> result.add(first.withDayOfMonth(Math.min(dayOfMonth, first.lengthOfMonth())));
            case RELATIVE_MONTHLY -> result.add(relative(first));
            case ABSOLUTE_YEARLY -> {
                LocalDate m = first.withMonth(month.getValue());
                result.add(m.withDayOfMonth(Math.min(dayOfMonth, m.lengthOfMonth())));
            }
            case RELATIVE_YEARLY -> result.add(relative(first.withMonth(month.getValue())));
        }
        return result;
    }

    /** The weekIndex-th day of the month that is one of {@code days} (Day, Weekday, WeekendDay count each match). */
    private LocalDate relative(LocalDate firstOfMonth) {
        List<LocalDate> matching = new ArrayList<>();
        for (LocalDate d = firstOfMonth; d.getMonth() == firstOfMonth.getMonth(); d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek())) {
                matching.add(d);
            }
        }
        return weekIndex < 0 ? matching.get(matching.size() - 1) : matching.get(Math.min(weekIndex, matching.size()) - 1);
    }

    private LocalDate weekStart() {
        return start.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
    }

    private static Set<DayOfWeek> days(String list) {
        Set<DayOfWeek> result = EnumSet.noneOf(DayOfWeek.class);
        for (String d : list.trim().split("\\s+")) {
            switch (d) {
                case "" -> { }
                case "Day" -> result.addAll(EnumSet.allOf(DayOfWeek.class));
                case "Weekday" -> result.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
                case "WeekendDay" -> result.addAll(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
                default -> result.add(day(d));
            }
        }
        return result;
    }

    private static DayOfWeek day(String name) {
        return DayOfWeek.valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    private static int weekIndex(String name) {
        return switch (name.trim()) {
            case "First" -> 1;
            case "Second" -> 2;
            case "Third" -> 3;
            case "Fourth" -> 4;
            case "Last" -> -1;
            default -> throw new IllegalArgumentException("unknown DayOfWeekIndex " + name);
        };
    }

    /** An xs:date, possibly with a zone offset as Exchange writes it (2026-12-01-05:00 or 2026-12-01Z). */
    static LocalDate date(String text) {
        String t = text.trim();
        return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
    }


    private static EwsError invalid(String detail) {
        return new EwsError("ErrorCalendarInvalidRecurrence", "The recurrence pattern is invalid: " + detail);
    }
}
