package org.bridgehead.simulator.ews;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bridgehead.simulator.store.XmlNode;

/**
 * A t:Recurrence as an iCalendar RRULE and back, as Exchange converts them: FREQ, INTERVAL, COUNT
 * or UNTIL (the last day at the series' start time, in UTC; a date for all-day series), BYDAY with
 * BYSETPOS for relative patterns, BYMONTHDAY, BYMONTH, WKST for weekly ones.
 */
final class RecurrenceRules {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final List<String> INDEX = List.of("First", "Second", "Third", "Fourth");

    private RecurrenceRules() {
    }

    /** The RRULE value (without "RRULE:") of a stored recurrence. */
    static String rrule(XmlNode recurrence, ZoneId zone, LocalTime startTime, boolean allDay) {
        XmlNode pattern = recurrence.children().get(0);
        XmlNode range = recurrence.children().get(1);
        List<String> parts = new ArrayList<>();
        parts.add("FREQ=" + switch (pattern.name()) {
            case "DailyRecurrence" -> "DAILY";
            case "WeeklyRecurrence" -> "WEEKLY";
            case "AbsoluteMonthlyRecurrence", "RelativeMonthlyRecurrence" -> "MONTHLY";
            default -> "YEARLY";
        });
        switch (range.name()) {
            case "NumberedRecurrence" -> parts.add("COUNT=" + range.childText("NumberOfOccurrences").orElse("1").trim());
            case "EndDateRecurrence" -> {
                LocalDate end = RecurrencePattern.date(range.childText("EndDate").orElseThrow());
                parts.add("UNTIL=" + (allDay ? DATE.format(end) : UTC.format(end.atTime(startTime).atZone(zone))));
            }
            default -> { }
        }
        parts.add("INTERVAL=" + pattern.childText("Interval").orElse("1").trim());
        String days = pattern.childText("DaysOfWeek").map(RecurrenceRules::byDay).orElse("");
        switch (pattern.name()) {
            case "WeeklyRecurrence" -> {
                parts.add("BYDAY=" + days);
                parts.add("WKST=" + abbreviation(pattern.childText("FirstDayOfWeek").orElse("Sunday")));
            }
            case "AbsoluteMonthlyRecurrence" -> parts.add("BYMONTHDAY=" + pattern.childText("DayOfMonth").orElse("1").trim());
            case "RelativeMonthlyRecurrence" -> {
                parts.add("BYDAY=" + days);
                parts.add("BYSETPOS=" + position(pattern));
            }
            case "AbsoluteYearlyRecurrence" -> {
                parts.add("BYMONTHDAY=" + pattern.childText("DayOfMonth").orElse("1").trim());
                parts.add("BYMONTH=" + month(pattern));
            }
            case "RelativeYearlyRecurrence" -> {
                parts.add("BYDAY=" + days);
                parts.add("BYMONTH=" + month(pattern));
                parts.add("BYSETPOS=" + position(pattern));
            }
            default -> { }
        }
        return String.join(";", parts);
    }

    /**
     * The t:Recurrence of an RRULE for a series starting on {@code start} (local date in its zone).
     *
     * @throws EwsError ErrorCalendarInvalidRecurrence for a rule Exchange cannot hold
     */
    static XmlNode recurrence(String rrule, LocalDate start, ZoneId zone) throws EwsError {
        Map<String, String> rule = new LinkedHashMap<>();
        for (String part : rrule.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                rule.put(part.substring(0, eq).trim().toUpperCase(Locale.ROOT), part.substring(eq + 1).trim());
            }
        }
        String interval = rule.getOrDefault("INTERVAL", "1");
        List<String> byDay = rule.containsKey("BYDAY") ? List.of(rule.get("BYDAY").split(",")) : List.of();
        List<XmlNode> fields = new ArrayList<>();
        String name;
        switch (rule.getOrDefault("FREQ", "")) {
            case "DAILY" -> name = "DailyRecurrence";
            case "WEEKLY" -> {
                name = "WeeklyRecurrence";
                fields.add(XmlNode.leaf("DaysOfWeek", byDay.isEmpty() ? dayName(start.getDayOfWeek())
                        : byDay.stream().map(d -> dayName(day(d))).collect(Collectors.joining(" "))));
                fields.add(XmlNode.leaf("FirstDayOfWeek", dayName(day(rule.getOrDefault("WKST", "MO")))));
            }
            case "MONTHLY", "YEARLY" -> {
                boolean yearly = rule.get("FREQ").equals("YEARLY");
                int month = rule.containsKey("BYMONTH") ? Integer.parseInt(rule.get("BYMONTH").split(",")[0])
                        : start.getMonthValue();
                if (byDay.isEmpty()) {
                    name = yearly ? "AbsoluteYearlyRecurrence" : "AbsoluteMonthlyRecurrence";
                    fields.add(XmlNode.leaf("DayOfMonth", rule.getOrDefault("BYMONTHDAY",
                            String.valueOf(start.getDayOfMonth())).split(",")[0]));
                } else {
                    name = yearly ? "RelativeYearlyRecurrence" : "RelativeMonthlyRecurrence";
                    String first = byDay.get(0);
                    String position = rule.getOrDefault("BYSETPOS", first.replaceAll("[A-Za-z]", ""));
                    fields.add(XmlNode.leaf("DaysOfWeek", daysOfWeek(byDay)));
                    fields.add(XmlNode.leaf("DayOfWeekIndex", index(position.isEmpty() ? "1" : position)));
                }
                if (yearly) {
                    fields.add(XmlNode.leaf("Month", Month.of(month).getDisplayName(java.time.format.TextStyle.FULL,
                            Locale.ENGLISH)));
                }
            }
            default -> throw invalid("FREQ " + rule.getOrDefault("FREQ", "(none)") + " is not supported");
        }
        if (!name.endsWith("YearlyRecurrence")) {
            fields.add(0, XmlNode.leaf("Interval", interval)); // yearly patterns have none in EWS
        }
        XmlNode range;
        String startDate = start.toString();
        if (rule.containsKey("COUNT")) {
            range = XmlNode.of("NumberedRecurrence", List.of(XmlNode.leaf("StartDate", startDate),
                    XmlNode.leaf("NumberOfOccurrences", rule.get("COUNT"))));
        } else if (rule.containsKey("UNTIL")) {
            range = XmlNode.of("EndDateRecurrence", List.of(XmlNode.leaf("StartDate", startDate),
                    XmlNode.leaf("EndDate", until(rule.get("UNTIL"), zone).toString())));
        } else {
            range = XmlNode.of("NoEndRecurrence", List.of(XmlNode.leaf("StartDate", startDate)));
        }
        return XmlNode.of("Recurrence", List.of(XmlNode.of(name, fields), range));
    }

    /** An UNTIL value as the local date of the series' last day. */
    private static LocalDate until(String value, ZoneId zone) throws EwsError {
        try {
            if (value.length() == 8) {
                return LocalDate.parse(value, DATE);
            }
            if (value.endsWith("Z")) {
                return LocalDateTime.parse(value, UTC).atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
            }
            return LocalDate.parse(value.substring(0, 8), DATE);
        } catch (RuntimeException e) {
            throw invalid("UNTIL " + value + " is not a date");
        }
    }

    private static String byDay(String daysOfWeek) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : daysOfWeek.trim().split("\\s+")) {
            switch (d) {
                case "" -> { }
                case "Day" -> days.addAll(EnumSet.allOf(DayOfWeek.class));
                case "Weekday" -> days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
                case "WeekendDay" -> days.addAll(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
                default -> days.add(DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT)));
            }
        }
        return days.stream().map(d -> d.name().substring(0, 2)).collect(Collectors.joining(","));
    }

    /** BYDAY's days as DaysOfWeek: the seven are Day, Monday to Friday Weekday, the weekend WeekendDay. */
    private static String daysOfWeek(List<String> byDay) throws EwsError {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : byDay) {
            days.add(day(d));
        }
        if (days.size() == 7) {
            return "Day";
        }
        if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            return "Weekday";
        }
        if (days.equals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))) {
            return "WeekendDay";
        }
        if (days.size() != 1) {
            throw invalid("a relative pattern names one day, weekdays, weekend days or every day");
        }
        return dayName(days.iterator().next());
    }

    private static DayOfWeek day(String byDay) {
        String code = byDay.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(code) && code.length() == 2) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown day " + byDay);
    }

    private static String dayName(DayOfWeek day) {
        String n = day.name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String abbreviation(String dayName) {
        return dayName.trim().substring(0, 2).toUpperCase(Locale.ROOT);
    }

    private static String position(XmlNode pattern) {
        String index = pattern.childText("DayOfWeekIndex").orElse("First").trim();
        return index.equals("Last") ? "-1" : String.valueOf(INDEX.indexOf(index) + 1);
    }

    private static String index(String position) throws EwsError {
        int p = Integer.parseInt(position.trim());
        if (p == -1) {
            return "Last";
        }
        if (p < 1 || p > 4) {
            throw invalid("BYSETPOS " + position + " is not supported");
        }
        return INDEX.get(p - 1);
    }

    private static int month(XmlNode pattern) {
        return Month.valueOf(pattern.childText("Month").orElse("January").trim().toUpperCase(Locale.ROOT)).getValue();
    }

    private static EwsError invalid(String detail) {
        return new EwsError("ErrorCalendarInvalidRecurrence", "The recurrence pattern is invalid: " + detail);
    }
}
