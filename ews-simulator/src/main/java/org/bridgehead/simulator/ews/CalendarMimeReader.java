package org.bridgehead.simulator.ews;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.simulator.store.XmlNode;

/**
 * Reads a calendar item's iCalendar MimeContent (as DavMail creates events) into the item's
 * fields, as Exchange imports it: SUMMARY, DESCRIPTION, LOCATION, UID, DTSTART / DTEND (or
 * DURATION) with TZID (a Windows or IANA id) or UTC, all-day dates, CLASS, PRIORITY, TRANSP and
 * X-MICROSOFT-CDO-BUSYSTATUS, CATEGORIES, ATTENDEE by ROLE, a VALARM's relative TRIGGER, RRULE and
 * EXDATE; each VEVENT with a RECURRENCE-ID becomes an exception of the series.
 */
final class CalendarMimeReader {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    /** One content line: name, parameters (upper-case names), value. */
    private record Property(String name, Map<String, String> params, String value) {
        String param(String key) {
            return params.get(key);
        }
    }

    /** A VEVENT's properties, and whether it has a VALARM (with its trigger). */
    private record Event(List<Property> properties, String trigger) {
        Optional<Property> first(String name) {
            return properties.stream().filter(p -> p.name.equals(name)).findFirst();
        }

        List<Property> all(String name) {
            return properties.stream().filter(p -> p.name.equals(name)).toList();
        }
    }

    /**
     * What the iCalendar holds.
     *
     * @param fields     the series' (or single event's) fields
     * @param exceptions each exception's fields by original start
     * @param deleted    EXDATEs: deleted occurrences' original starts
     */
    record Parsed(Map<String, XmlNode> fields, Map<Instant, Map<String, XmlNode>> exceptions, List<Instant> deleted) {
    }

    private final ZoneId context;

    CalendarMimeReader(ZoneId context) {
        this.context = context;
    }

    Parsed read(String ics) throws EwsError {
        List<Event> events = events(ics);
        Event master = events.stream().filter(e -> e.first("RECURRENCE-ID").isEmpty()).findFirst()
                .orElseThrow(() -> invalid("no VEVENT"));
        Map<String, XmlNode> fields = fields(master);
        ZoneId zone = zone(master.first("DTSTART").orElseThrow(() -> invalid("DTSTART is required")));
        List<Instant> deleted = new ArrayList<>();
        Optional<Property> rrule = master.first("RRULE");
        if (rrule.isPresent()) {
            Instant start = Instant.parse(fields.get("Start").text());
            fields.put("Recurrence", RecurrenceRules.recurrence(rrule.get().value(),
                    LocalDateTime.ofInstant(start, zone).toLocalDate(), zone));
            for (Property exdate : master.all("EXDATE")) {
                for (String value : exdate.value().split(",")) {
                    deleted.add(instant(new Property("EXDATE", exdate.params(), value.trim())));
                }
            }
        }
        Map<Instant, Map<String, XmlNode>> exceptions = new LinkedHashMap<>();
        for (Event e : events) {
            Optional<Property> id = e.first("RECURRENCE-ID");
            if (id.isPresent() && rrule.isPresent()) {
                exceptions.put(instant(id.get()), fields(e));
            }
        }
        return new Parsed(fields, exceptions, deleted);
    }

    private Map<String, XmlNode> fields(Event event) throws EwsError {
        Map<String, XmlNode> fields = new LinkedHashMap<>();
        Property dtstart = event.first("DTSTART").orElseThrow(() -> invalid("DTSTART is required"));
        boolean allDay = "DATE".equalsIgnoreCase(dtstart.param("VALUE")) || dtstart.value().length() == 8;
        ZoneId zone = zone(dtstart);
        Instant start = instant(dtstart);
        Instant end = event.first("DTEND").isPresent() ? instant(event.first("DTEND").get())
                : event.first("DURATION").map(d -> start.plus(Duration.parse(d.value()))).orElse(
                        allDay ? start.plus(Duration.ofDays(1)) : start);
        event.first("UID").ifPresent(p -> leaf(fields, "UID", p.value()));
        event.first("SUMMARY").ifPresent(p -> leaf(fields, "Subject", unescape(p.value())));
        event.first("DESCRIPTION").ifPresent(p -> fields.put("Body",
                new XmlNode("Body", Map.of("BodyType", "Text"), unescape(p.value()), List.of())));
        event.first("LOCATION").ifPresent(p -> leaf(fields, "Location", unescape(p.value())));
        leaf(fields, "Start", ItemWriter.time(start));
        leaf(fields, "End", ItemWriter.time(end));
        leaf(fields, "IsAllDayEvent", String.valueOf(allDay));
        if (!(zone instanceof ZoneOffset)) {
            fields.put("StartTimeZone", PimDefaults.timeZone("StartTimeZone", EwsTimeZones.windowsIdOf(zone)));
            fields.put("EndTimeZone", PimDefaults.timeZone("EndTimeZone", EwsTimeZones.windowsIdOf(zone)));
        }
        event.first("CLASS").ifPresent(p -> leaf(fields, "Sensitivity", switch (p.value().toUpperCase(Locale.ROOT)) {
            case "PRIVATE" -> "Private";
            case "CONFIDENTIAL" -> "Confidential";
            default -> "Normal";
        }));
        event.first("PRIORITY").ifPresent(p -> {
            int priority = parseInt(p.value(), 0);
            leaf(fields, "Importance", priority >= 1 && priority <= 4 ? "High" : priority >= 6 ? "Low" : "Normal");
        });
        String busy = event.first("TRANSP").map(p -> p.value().equalsIgnoreCase("TRANSPARENT") ? "Free" : "Busy")
                .orElse("Busy");
        if (event.first("STATUS").map(p -> p.value().equalsIgnoreCase("TENTATIVE")).orElse(false)) {
            busy = "Tentative";
        }
        busy = event.first("X-MICROSOFT-CDO-BUSYSTATUS").map(p -> switch (p.value().toUpperCase(Locale.ROOT)) {
            case "FREE" -> "Free";
            case "TENTATIVE" -> "Tentative";
            case "OOF" -> "OOF";
            case "WORKINGELSEWHERE" -> "WorkingElsewhere";
            default -> "Busy";
        }).orElse(busy);
        leaf(fields, "LegacyFreeBusyStatus", busy);
        List<XmlNode> categories = new ArrayList<>();
        for (Property p : event.all("CATEGORIES")) {
            for (String c : p.value().split("(?<!\\\\),")) {
                if (!c.isBlank()) {
                    categories.add(XmlNode.leaf("String", unescape(c.trim())));
                }
            }
        }
        if (!categories.isEmpty()) {
            fields.put("Categories", XmlNode.of("Categories", categories));
        }
        attendees(event, fields);
        leaf(fields, "ReminderIsSet", String.valueOf(event.trigger() != null));
        if (event.trigger() != null) {
            Duration before = Duration.parse(event.trigger().replaceFirst("^-", "")).abs();
            leaf(fields, "ReminderMinutesBeforeStart", String.valueOf(before.toMinutes()));
        }
        return fields;
    }

    private static void attendees(Event event, Map<String, XmlNode> fields) {
        String organizer = event.first("ORGANIZER").map(p -> address(p.value())).orElse("");
        List<XmlNode> required = new ArrayList<>();
        List<XmlNode> optional = new ArrayList<>();
        for (Property p : event.all("ATTENDEE")) {
            String address = address(p.value());
            String role = p.params().getOrDefault("ROLE", "REQ-PARTICIPANT").toUpperCase(Locale.ROOT);
            if (address.isEmpty() || address.equalsIgnoreCase(organizer) || role.equals("NON-PARTICIPANT")) {
                continue;
            }
            List<XmlNode> mailbox = new ArrayList<>();
            Optional.ofNullable(p.param("CN")).ifPresent(cn -> mailbox.add(XmlNode.leaf("Name", cn)));
            mailbox.add(XmlNode.leaf("EmailAddress", address));
            XmlNode attendee = XmlNode.of("Attendee", List.of(XmlNode.of("Mailbox", mailbox)));
            (role.equals("OPT-PARTICIPANT") ? optional : required).add(attendee);
        }
        if (!required.isEmpty()) {
            fields.put("RequiredAttendees", XmlNode.of("RequiredAttendees", required));
        }
        if (!optional.isEmpty()) {
            fields.put("OptionalAttendees", XmlNode.of("OptionalAttendees", optional));
        }
    }

    /** The zone of a DATE-TIME property: its TZID (Windows or IANA id), UTC for a "Z" time, else the context. */
    private ZoneId zone(Property p) throws EwsError {
        String tzid = p.param("TZID");
        if (tzid == null) {
            return p.value().endsWith("Z") ? ZoneOffset.UTC : context;
        }
        Optional<ZoneId> windows = EwsTimeZones.zoneOf(tzid);
        if (windows.isPresent()) {
            return windows.get();
        }
        try {
            return ZoneId.of(tzid);
        } catch (DateTimeException e) {
            throw new EwsError("ErrorTimeZone", "The time zone " + tzid + " is not known.");
        }
    }

    private Instant instant(Property p) throws EwsError {
        String value = p.value().trim();
        try {
            if (value.length() == 8) {
                return LocalDate.parse(value, DATE).atStartOfDay(zone(p)).toInstant();
            }
            if (value.endsWith("Z")) {
                return LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL).toInstant(ZoneOffset.UTC);
            }
            return LocalDateTime.parse(value, LOCAL).atZone(zone(p)).toInstant();
        } catch (DateTimeException e) {
            throw invalid(p.name() + " " + value + " is not a date-time");
        }
    }

    /** The VEVENTs of a calendar, lines unfolded, each with its VALARM's trigger. */
    private static List<Event> events(String ics) throws EwsError {
        String unfolded = ics.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "");
        List<Event> events = new ArrayList<>();
        List<Property> current = null;
        String trigger = null;
        boolean inAlarm = false;
        int depth = 0;
        for (String line : unfolded.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Property p = property(line);
            if (p.name.equals("BEGIN")) {
                depth++;
                if (p.value.equalsIgnoreCase("VEVENT") && current == null) {
                    current = new ArrayList<>();
                    trigger = null;
                } else if (p.value.equalsIgnoreCase("VALARM") && current != null) {
                    inAlarm = true;
                }
            } else if (p.name.equals("END")) {
                depth--;
                if (p.value.equalsIgnoreCase("VALARM")) {
                    inAlarm = false;
                } else if (p.value.equalsIgnoreCase("VEVENT") && current != null) {
                    events.add(new Event(List.copyOf(current), trigger));
                    current = null;
                }
            } else if (inAlarm) {
                if (p.name.equals("TRIGGER") && !"DATE-TIME".equalsIgnoreCase(p.param("VALUE")) && trigger == null) {
                    trigger = p.value;
                }
            } else if (current != null) {
                current.add(p);
            }
        }
        if (depth != 0 || events.isEmpty()) {
            throw invalid("the iCalendar object is incomplete");
        }
        return events;
    }

    private static Property property(String line) throws EwsError {
        int colon = -1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            throw invalid("not a content line: " + line);
        }
        String[] head = line.substring(0, colon).split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int eq = head[i].indexOf('=');
            if (eq > 0) {
                params.put(head[i].substring(0, eq).toUpperCase(Locale.ROOT), head[i].substring(eq + 1).replace("\"", ""));
            }
        }
        return new Property(head[0].toUpperCase(Locale.ROOT), params, line.substring(colon + 1));
    }

    private static String address(String value) {
        return value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7).trim() : "";
    }

    /** A TEXT value without its escapes (RFC 5545 3.3.11). */
    private static String unescape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                b.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int parseInt(String value, int otherwise) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static void leaf(Map<String, XmlNode> fields, String name, String value) {
        fields.put(name, XmlNode.leaf(name, value));
    }

    private static EwsError invalid(String detail) {
        return new EwsError("ErrorMimeContentInvalid", "The MIME content is not valid iCalendar: " + detail);
    }
}
