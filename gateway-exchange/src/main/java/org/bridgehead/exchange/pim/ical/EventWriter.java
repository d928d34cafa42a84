package org.bridgehead.exchange.pim.ical;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/**
 * {@link CalendarEvent} -> VCALENDAR. What Exchange holds is written from the event; everything
 * else the client once sent (X- properties, SEQUENCE, extra alarms …) is taken from the client's
 * original text, so that it survives the round trip through Exchange.
 */
public final class EventWriter {

    /** Outlook's and Exchange's own property for the finer free/busy states. */
    static final String BUSY_STATUS = "X-MICROSOFT-CDO-BUSYSTATUS";

    private static final Set<String> MAPPED = Set.of("UID", "SUMMARY", "LOCATION", "DESCRIPTION", "DTSTART", "DTEND",
            "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID", "ORGANIZER", "ATTENDEE", "CLASS", "TRANSP", BUSY_STATUS,
            "CATEGORIES", "DTSTAMP");

    private EventWriter() {
    }

    /** The event as a calendar object resource. */
    public static String write(CalendarEvent event, Optional<String> original) {
        return write(event, original, Optional.empty());
    }

    /**
     * @param method an iTIP method (REQUEST, CANCEL) for a scheduling message, or empty for a
     *               stored resource
     */
    public static String write(CalendarEvent event, Optional<String> original, Optional<String> method) {
        OriginalCalendar client = OriginalCalendar.of(original, Component.VEVENT);
        boolean cancel = method.filter("CANCEL"::equalsIgnoreCase).isPresent();
        ContentLines out = new ContentLines();
        client.writeHeader(out, method);
        List<DateOrTime> times = new ArrayList<>(List.of(event.start(), event.end()));
        for (CalendarEvent exception : event.exceptions()) {
            times.addAll(List.of(exception.start(), exception.end()));
        }
        client.writeTimeZones(out, times);
        writeComponent(out, event, event, client, cancel);
        for (CalendarEvent exception : event.exceptions()) {
            writeComponent(out, exception, event, client, cancel);
        }
        out.line("END:VCALENDAR");
        return out.toString();
    }

    private static void writeComponent(ContentLines out, CalendarEvent event, CalendarEvent series,
            OriginalCalendar client, boolean cancel) {
        Optional<Component> original = client.component(event.recurrenceId().map(DateOrTime::instant));
        out.line("BEGIN:VEVENT");
        out.text("UID", series.uid());
        out.raw("DTSTAMP", ContentLines.timeValue(DateOrTime.ofUtc(java.time.Instant.now())));
        if (event.recurrenceId().isPresent()) {
            DateOrTime id = event.recurrenceId().get();
            out.time("RECURRENCE-ID", series.start().date() ? id : id.inZone(series.start().zone()));
        }
        out.time("DTSTART", event.start());
        out.time("DTEND", event.end());
        if (event.recurrence().isPresent()) {
            out.raw("RRULE", RecurrenceRules.format(event.recurrence().get(), event.start()));
            List<DateOrTime> deleted = event.deletedOccurrences().stream()
                    .map(d -> event.start().date() ? d : d.inZone(event.start().zone())).toList();
            if (!deleted.isEmpty()) {
                out.times("EXDATE", deleted);
            }
        }
        out.text("SUMMARY", event.summary());
        if (!event.location().isEmpty()) {
            out.text("LOCATION", event.location());
        }
        if (!event.description().isEmpty()) {
            out.text("DESCRIPTION", event.description());
        }
        if (event.sensitivity() != Sensitivity.PUBLIC) {
            out.raw("CLASS", event.sensitivity().name());
        }
        out.raw("TRANSP", event.showAs() == ShowAs.FREE ? "TRANSPARENT" : "OPAQUE");
        out.raw(BUSY_STATUS, event.showAs() == ShowAs.WORKING_ELSEWHERE ? "WORKINGELSEWHERE" : event.showAs().name());
        if (!event.categories().isEmpty()) {
            out.textList("CATEGORIES", event.categories());
        }
        for (URI url : event.attachmentUrls()) {
            out.raw("ATTACH", url.toString());
        }
        event.organizer().ifPresent(organizer -> writeOrganizer(out, organizer));
        for (Participant attendee : event.attendees()) {
            writeAttendee(out, attendee);
        }
        if (cancel) {
            out.raw("STATUS", "CANCELLED");
        }
        original.ifPresent(o -> copyUnmapped(out, o, cancel));
        writeAlarms(out, event, original);
        out.line("END:VEVENT");
    }

    private static void writeOrganizer(ContentLines out, Participant organizer) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!organizer.name().isEmpty()) {
            params.put("CN", organizer.name());
        }
        out.raw("ORGANIZER", params, "mailto:" + organizer.email());
    }

    private static void writeAttendee(ContentLines out, Participant attendee) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!attendee.name().isEmpty()) {
            params.put("CN", attendee.name());
        }
        switch (attendee.role()) {
            case REQUIRED -> params.put("ROLE", "REQ-PARTICIPANT");
            case OPTIONAL -> params.put("ROLE", "OPT-PARTICIPANT");
            case RESOURCE -> {
                params.put("CUTYPE", "RESOURCE");
                params.put("ROLE", "NON-PARTICIPANT");
            }
            default -> throw new IllegalStateException(attendee.role().name());
        }
        params.put("PARTSTAT", attendee.status().name().replace('_', '-'));
        if (attendee.rsvp()) {
            params.put("RSVP", "TRUE");
        }
        out.raw("ATTENDEE", params, "mailto:" + attendee.email());
    }

    /**
     * The client's own alarms are kept when Exchange still has the reminder they set (Exchange
     * holds one; the client may have had several, or audio ones); else the reminder is written.
     */
    private static void writeAlarms(ContentLines out, CalendarEvent event, Optional<Component> original) {
        if (event.reminderMinutes().isEmpty()) {
            return;
        }
        int minutes = event.reminderMinutes().get();
        if (original.isPresent()) {
            List<Component> alarms = IcalValues.children(original.get(), "VALARM");
            Optional<Integer> clientMinutes = Optional.empty();
            for (Component alarm : alarms) {
                try {
                    clientMinutes = Alarms.minutesBefore(alarm, event.start(), event.end());
                } catch (org.bridgehead.exchange.InvalidContentException e) {
                    clientMinutes = Optional.empty();
                }
                if (clientMinutes.isPresent()) {
                    break;
                }
            }
            if (clientMinutes.isPresent() && clientMinutes.get() == minutes) {
                alarms.forEach(alarm -> out.verbatim(alarm.toString()));
                return;
            }
        }
        Alarms.write(out, minutes, event.summary());
    }

    private static void copyUnmapped(ContentLines out, Component original, boolean cancel) {
        for (Property property : original.getProperties()) {
            String name = property.getName().toUpperCase(java.util.Locale.ROOT);
            boolean mapped = MAPPED.contains(name) || (name.equals("ATTACH") && isUrlAttachment(property))
                    || (cancel && name.equals("STATUS"));
            if (!mapped) {
                out.verbatim(property.toString());
            }
        }
        for (Component child : IcalValues.children(original, null)) {
            if (!"VALARM".equals(child.getName())) {
                out.verbatim(child.toString());
            }
        }
    }

    /** An ATTACH that names a URL (which Exchange keeps), not one that carries the file inline. */
    static boolean isUrlAttachment(Property attach) {
        boolean binary = IcalValues.param(attach, "VALUE").map("BINARY"::equalsIgnoreCase).orElse(false)
                || IcalValues.param(attach, "ENCODING").isPresent();
        return !binary && attach.getValue().contains(":");
    }
}
