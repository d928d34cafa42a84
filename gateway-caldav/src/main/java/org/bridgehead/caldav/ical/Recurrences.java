package org.bridgehead.caldav.ical;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Occurrence starts of a recurring component (RFC 5545 3.3.10): FREQ, INTERVAL, COUNT, UNTIL, BYDAY
 * with positions, BYMONTHDAY, BYMONTH, BYSETPOS and WKST, plus RDATE and minus EXDATE. Occurrences
 * are computed in the DTSTART's zone, so they keep their wall-clock time across DST changes.
 */
public final class Recurrences {

    /** Bound on generated periods, so a rule without end cannot run forever. */
    private static final int MAX_PERIODS = 20_000;

    private Recurrences() {
    }

    /** Starts of occurrences before {@code until} (exclusive; null = at most the COUNT or the bound). */
    public static List<Instant> starts(Component component, Instant until) {
        Property dtstart = component.property("DTSTART").orElse(null);
        if (dtstart == null) {
            return List.of();
        }
        ZoneId zone = zoneOf(dtstart);
        Instant first = IcalTime.instant(dtstart).orElse(null);
        if (first == null) {
            return List.of();
        }
        LocalDateTime start = LocalDateTime.ofInstant(first, zone);
        TreeSet<Instant> result = new TreeSet<>();
        result.add(first);
        component.property("RRULE").ifPresent(rule -> result.addAll(rule(rule.value(), start, zone, until)));
        for (Property rdate : component.properties("RDATE")) {
            for (String value : rdate.value().split(",")) {
                IcalTime.instant(new Property("", "RDATE", rdate.params(), value)).ifPresent(result::add);
            }
        }
        for (Property exdate : component.properties("EXDATE")) {
            for (String value : exdate.value().split(",")) {
                IcalTime.instant(new Property("", "EXDATE", exdate.params(), value)).ifPresent(result::remove);
            }
        }
        return until == null ? List.copyOf(result) : List.copyOf(result.headSet(until, false));
    }

    private static List<Instant> rule(String text, LocalDateTime start, ZoneId zone, Instant until) {
        Map<String, String> parts = new HashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).trim().toUpperCase(Locale.ROOT), part.substring(eq + 1).trim());
            }
        }
        String freq = parts.getOrDefault("FREQ", "");
        int interval = Math.max(1, parseInt(parts.getOrDefault("INTERVAL", "1"), 1));
        int count = parseInt(parts.getOrDefault("COUNT", "0"), 0);
        Instant ruleUntil = parts.containsKey("UNTIL")
                ? IcalTime.instant(new Property("", "UNTIL", Map.of(), parts.get("UNTIL")))
                        .map(u -> parts.get("UNTIL").length() == 8 ? u.plusSeconds(86_399) : u).orElse(null)
                : null;
        List<ByDay> byDay = ByDay.parse(parts.get("BYDAY"));
        List<Integer> byMonthDay = ints(parts.get("BYMONTHDAY"));
        List<Integer> byMonth = ints(parts.get("BYMONTH"));
        List<Integer> bySetPos = ints(parts.get("BYSETPOS"));
        DayOfWeek weekStart = parts.containsKey("WKST") ? ByDay.day(parts.get("WKST")) : DayOfWeek.MONDAY;
        LocalTime time = start.toLocalTime();
        List<Instant> out = new ArrayList<>();
        int emitted = 0;
        for (int period = 0; period < MAX_PERIODS; period++) {
            List<LocalDate> dates = switch (freq) {
                case "DAILY" -> daily(start.toLocalDate().plusDays((long) period * interval), byDay, byMonthDay, byMonth);
                case "WEEKLY" -> weekly(start.toLocalDate(), period * interval, weekStart, byDay, byMonth);
                case "MONTHLY" -> monthly(start.toLocalDate().withDayOfMonth(1).plusMonths((long) period * interval),
                        start.getDayOfMonth(), byDay, byMonthDay, byMonth);
                case "YEARLY" -> yearly(start.getYear() + period * interval, start.toLocalDate(), byDay, byMonthDay,
                        byMonth);
                default -> List.of();
            };
            if (freq.isEmpty() || dates == null) {
                break;
            }
            List<LocalDate> chosen = setPositions(new ArrayList<>(new TreeSet<>(dates)), bySetPos);
            for (LocalDate date : chosen) {
                LocalDateTime at = date.atTime(time);
                if (at.isBefore(start)) {
                    continue;
                }
                Instant instant = at.atZone(zone).toInstant();
                if ((ruleUntil != null && instant.isAfter(ruleUntil)) || (count > 0 && emitted >= count)) {
                    return out;
                }
                emitted++;
                out.add(instant);
            }
            if (until != null && !chosen.isEmpty()
                    && !chosen.get(0).atTime(time).atZone(zone).toInstant().isBefore(until)) {
                return out;
            }
        }
        return out;
    }

    private static List<LocalDate> daily(LocalDate date, List<ByDay> byDay, List<Integer> byMonthDay, List<Integer> byMonth) {
        boolean fits = (byMonth.isEmpty() || byMonth.contains(date.getMonthValue()))
                && (byMonthDay.isEmpty() || monthDays(date.withDayOfMonth(1), byMonthDay).contains(date))
                && (byDay.isEmpty() || byDay.stream().anyMatch(d -> d.day == date.getDayOfWeek()));
        return fits ? List.of(date) : List.of();
    }

    private static List<LocalDate> weekly(LocalDate start, int weeks, DayOfWeek weekStart, List<ByDay> byDay,
            List<Integer> byMonth) {
        LocalDate week = start.with(TemporalAdjusters.previousOrSame(weekStart)).plusWeeks(weeks);
        List<LocalDate> dates = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate date = week.plusDays(d);
            boolean day = byDay.isEmpty() ? date.getDayOfWeek() == start.getDayOfWeek()
                    : byDay.stream().anyMatch(b -> b.day == date.getDayOfWeek());
            if (day && (byMonth.isEmpty() || byMonth.contains(date.getMonthValue()))) {
                dates.add(date);
            }
        }
        return dates;
    }

    private static List<LocalDate> monthly(LocalDate month, int startDay, List<ByDay> byDay, List<Integer> byMonthDay,
            List<Integer> byMonth) {
        if (!byMonth.isEmpty() && !byMonth.contains(month.getMonthValue())) {
            return List.of();
        }
        List<LocalDate> days;
        if (!byDay.isEmpty()) {
            days = weekdaysIn(month, month.plusMonths(1), byDay);
            if (!byMonthDay.isEmpty()) {
                List<LocalDate> monthDays = monthDays(month, byMonthDay);
                days = days.stream().filter(monthDays::contains).toList();
            }
        } else if (!byMonthDay.isEmpty()) {
            days = monthDays(month, byMonthDay);
        } else {
            days = startDay <= month.lengthOfMonth() ? List.of(month.withDayOfMonth(startDay)) : List.of();
        }
        return days;
    }

    private static List<LocalDate> yearly(int year, LocalDate start, List<ByDay> byDay, List<Integer> byMonthDay,
            List<Integer> byMonth) {
        List<LocalDate> dates = new ArrayList<>();
        if (byMonth.isEmpty() && !byDay.isEmpty() && byMonthDay.isEmpty()) {
            LocalDate jan = LocalDate.of(year, 1, 1);
            return weekdaysIn(jan, jan.plusYears(1), byDay);
        }
        List<Integer> months = byMonth.isEmpty() ? List.of(start.getMonthValue()) : byMonth;
        for (int month : months) {
            LocalDate first = LocalDate.of(year, month, 1);
            int day = byDay.isEmpty() && byMonthDay.isEmpty() ? start.getDayOfMonth() : 0;
            if (day > 0) {
                if (day <= first.lengthOfMonth()) {
                    dates.add(first.withDayOfMonth(day));
                }
            } else {
                dates.addAll(monthly(first, start.getDayOfMonth(), byDay, byMonthDay, List.of()));
            }
        }
        return dates;
    }

    /** Days of [from, to) on the given weekdays; a position picks the n-th (or n-th from the end) only. */
    private static List<LocalDate> weekdaysIn(LocalDate from, LocalDate to, List<ByDay> byDay) {
        List<LocalDate> dates = new ArrayList<>();
        for (ByDay b : byDay) {
            List<LocalDate> all = new ArrayList<>();
            for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(b.day)); d.isBefore(to); d = d.plusWeeks(1)) {
                all.add(d);
            }
            if (b.position == 0) {
                dates.addAll(all);
            } else {
                int index = b.position > 0 ? b.position - 1 : all.size() + b.position;
                if (index >= 0 && index < all.size()) {
                    dates.add(all.get(index));
                }
            }
        }
        return dates;
    }

    private static List<LocalDate> monthDays(LocalDate month, List<Integer> byMonthDay) {
        List<LocalDate> days = new ArrayList<>();
        int length = month.lengthOfMonth();
        for (int day : byMonthDay) {
            int actual = day > 0 ? day : length + day + 1;
            if (actual >= 1 && actual <= length) {
                days.add(month.withDayOfMonth(actual));
            }
        }
        return days;
    }

    private static List<LocalDate> setPositions(List<LocalDate> sorted, List<Integer> bySetPos) {
        if (bySetPos.isEmpty()) {
            return sorted;
        }
        List<LocalDate> chosen = new ArrayList<>();
        for (int pos : bySetPos) {
            int index = pos > 0 ? pos - 1 : sorted.size() + pos;
            if (index >= 0 && index < sorted.size()) {
                chosen.add(sorted.get(index));
            }
        }
        return new ArrayList<>(new TreeSet<>(chosen));
    }

    private static ZoneId zoneOf(Property dtstart) {
        String value = dtstart.value().trim();
        if (value.endsWith("Z") || value.length() == 8) {
            return ZoneOffset.UTC;
        }
        return IcalTime.zone(dtstart.param("TZID").orElse(null));
    }

    private static int parseInt(String value, int fallback) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<Integer> ints(String list) {
        List<Integer> values = new ArrayList<>();
        if (list != null) {
            for (String part : list.split(",")) {
                try {
                    values.add(Integer.parseInt(part.trim()));
                } catch (NumberFormatException e) {
                    // A malformed number is ignored, as the rest of the rule still says something useful.
                }
            }
        }
        return values;
    }

    /** A BYDAY entry: an optional position and a weekday ({@code -1FR}). */
    private record ByDay(int position, DayOfWeek day) {

        static List<ByDay> parse(String list) {
            List<ByDay> days = new ArrayList<>();
            if (list == null) {
                return days;
            }
            for (String part : list.split(",")) {
                String p = part.trim().toUpperCase(Locale.ROOT);
                if (p.length() < 2) {
                    continue;
                }
                DayOfWeek day = day(p.substring(p.length() - 2));
                String position = p.substring(0, p.length() - 2);
                if (day != null) {
                    days.add(new ByDay(position.isEmpty() ? 0 : parseInt(position.replace("+", ""), 0), day));
                }
            }
            return days;
        }

        static DayOfWeek day(String code) {
            return switch (code.toUpperCase(Locale.ROOT)) {
                case "MO" -> DayOfWeek.MONDAY;
                case "TU" -> DayOfWeek.TUESDAY;
                case "WE" -> DayOfWeek.WEDNESDAY;
                case "TH" -> DayOfWeek.THURSDAY;
                case "FR" -> DayOfWeek.FRIDAY;
                case "SA" -> DayOfWeek.SATURDAY;
                case "SU" -> DayOfWeek.SUNDAY;
                default -> null;
            };
        }
    }
}
