package org.bridgehead.exchange.pim.ical;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.bridgehead.exchange.InvalidContentException;

/** A client's VCALENDAR with VEVENTs -> {@link CalendarEvent} (the series with its exceptions). */
public final class EventReader {

    private EventReader() {
    }

    public static CalendarEvent read(String text) throws InvalidContentException {
        Calendar calendar = IcalendarParser.parse(text);
        List<Component> events = IcalendarParser.components(calendar, Component.VEVENT);
        Component master = null;
        List<Component> overrides = new ArrayList<>();
        for (Component event : events) {
            if (event.getProperty("RECURRENCE-ID").isPresent()) {
                overrides.add(event);
            } else if (master != null) {
                throw new InvalidContentException("Two VEVENTs without RECURRENCE-ID share a UID", null);
            } else {
                master = event;
            }
        }
        if (master == null) {
            throw new InvalidContentException("Only exceptions and no series were sent", null);
        }
        CalendarEvent series = event(master, false);
        if (!overrides.isEmpty() && series.recurrence().isEmpty()) {
            throw new InvalidContentException("A RECURRENCE-ID for an event that does not recur", null);
        }
        List<CalendarEvent> exceptions = new ArrayList<>();
        for (Component override : overrides) {
            exceptions.add(event(override, true));
        }
        return series.withExceptions(exceptions);
    }

    /** One VEVENT: the series or single event, or an exception (RECURRENCE-ID set, no rule). */
    static CalendarEvent event(Component event, boolean exception) throws InvalidContentException {
        String uid = event.getProperty("UID").map(Property::getValue).orElseThrow().strip();
        Property dtStart = event.getProperty("DTSTART").orElseThrow(
                () -> new InvalidContentException("A VEVENT has no DTSTART", null));
        DateOrTime start = IcalValues.time(dtStart);
        DateOrTime end = end(event, start);
        if (end.date() != start.date()) {
            throw new InvalidContentException("DTSTART and DTEND must both be dates or both be times", null);
        }
        if (end.instant().isBefore(start.instant())) {
            throw new InvalidContentException("DTEND is before DTSTART", null);
        }
        Optional<Recurrence> recurrence = Optional.empty();
        List<DateOrTime> deleted = new ArrayList<>();
        Optional<DateOrTime> recurrenceId = Optional.empty();
        if (exception) {
            recurrenceId = Optional.of(IcalValues.time(event.getProperty("RECURRENCE-ID").orElseThrow()));
        } else {
            List<Property> rules = event.getProperties("RRULE");
            if (rules.size() > 1) {
                throw new InvalidContentException("Exchange holds one RRULE per event", null);
            }
            if (!rules.isEmpty()) {
                try {
                    recurrence = Optional.of(RecurrenceRules.parse(rules.get(0).getValue(), start));
                } catch (RecurrenceRules.UnsupportedRuleException e) {
                    throw new InvalidContentException(e.getMessage(), e);
                }
                for (Property exDate : event.<Property>getProperties("EXDATE")) {
                    for (DateOrTime day : IcalValues.times(exDate)) {
                        deleted.add(day.date() ? day : day.inZone(start.zone()));
                    }
                }
            }
        }
        return new CalendarEvent(uid, text(event, "SUMMARY"), text(event, "LOCATION"), text(event, "DESCRIPTION"),
                start, end, recurrence, deleted, List.of(), recurrenceId, reminder(event, start, end),
                organizer(event), attendees(event), sensitivity(event), showAs(event), categories(event),
                attachments(event));
    }

    private static DateOrTime end(Component event, DateOrTime start) throws InvalidContentException {
        Optional<Property> dtEnd = event.getProperty("DTEND");
        if (dtEnd.isPresent()) {
            return IcalValues.time(dtEnd.get());
        }
        Optional<Property> duration = event.getProperty("DURATION");
        if (duration.isPresent()) {
            Duration length = duration(duration.get().getValue());
            return start.date()
                    ? DateOrTime.ofDate(start.localDate().plusDays(Math.max(1, length.toDays())), start.zone())
                    : DateOrTime.ofTime(start.instant().plus(length), start.zone());
        }
        // RFC 5545 3.6.1: a date lasts the day, a time has no length
        return start.date() ? DateOrTime.ofDate(start.localDate().plusDays(1), start.zone()) : start;
    }

    static Duration duration(String value) throws InvalidContentException {
        try {
            String text = value.strip().toUpperCase(Locale.ROOT);
            boolean negative = text.startsWith("-");
            if (text.startsWith("-") || text.startsWith("+")) {
                text = text.substring(1);
            }
            Duration parsed;
            if (text.endsWith("W")) {
                parsed = Duration.ofDays(7L * Long.parseLong(text.substring(1, text.length() - 1)));
            } else {
                parsed = Duration.parse(text);
            }
            return negative ? parsed.negated() : parsed;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidContentException("Invalid duration: " + value, e);
        }
    }

    /** The first alarm with a usable trigger, as minutes before the start (Exchange's one reminder). */
    private static Optional<Integer> reminder(Component event, DateOrTime start, DateOrTime end)
            throws InvalidContentException {
        for (Component alarm : IcalValues.children(event, "VALARM")) {
            Optional<Integer> minutes = Alarms.minutesBefore(alarm, start, end);
            if (minutes.isPresent()) {
                return minutes;
            }
        }
        return Optional.empty();
    }

    private static Optional<Participant> organizer(Component event) {
        return event.getProperty("ORGANIZER").map(p -> new Participant(IcalValues.address(p.getValue()),
                IcalValues.param(p, "CN").orElse(""), Participant.Role.REQUIRED, Participant.Status.ACCEPTED, false));
    }

    private static List<Participant> attendees(Component event) {
        Optional<Participant> organizer = organizer(event);
        List<Participant> attendees = new ArrayList<>();
        for (Property attendee : event.<Property>getProperties("ATTENDEE")) {
            String email = IcalValues.address(attendee.getValue());
            if (organizer.isPresent() && organizer.get().is(email)) {
                continue; // Thunderbird lists the organizer as an attendee too; Exchange keeps it apart
            }
            attendees.add(new Participant(email, IcalValues.param(attendee, "CN").orElse(""), role(attendee),
                    status(attendee), IcalValues.param(attendee, "RSVP").map("TRUE"::equalsIgnoreCase).orElse(false)));
        }
        return attendees;
    }

    private static Participant.Role role(Property attendee) {
        String cuType = IcalValues.param(attendee, "CUTYPE").map(IcalValues::upper).orElse("");
        if (cuType.equals("RESOURCE") || cuType.equals("ROOM")) {
            return Participant.Role.RESOURCE;
        }
        String role = IcalValues.param(attendee, "ROLE").map(IcalValues::upper).orElse("REQ-PARTICIPANT");
        return role.equals("OPT-PARTICIPANT") || role.equals("NON-PARTICIPANT")
                ? Participant.Role.OPTIONAL : Participant.Role.REQUIRED;
    }

    static Participant.Status status(Property attendee) {
        return switch (IcalValues.param(attendee, "PARTSTAT").map(IcalValues::upper).orElse("NEEDS-ACTION")) {
            case "ACCEPTED" -> Participant.Status.ACCEPTED;
            case "TENTATIVE" -> Participant.Status.TENTATIVE;
            case "DECLINED" -> Participant.Status.DECLINED;
            default -> Participant.Status.NEEDS_ACTION;
        };
    }

    static Sensitivity sensitivity(Component component) {
        return switch (component.getProperty("CLASS").map(p -> IcalValues.upper(p.getValue().strip())).orElse("")) {
            case "PRIVATE" -> Sensitivity.PRIVATE;
            case "CONFIDENTIAL" -> Sensitivity.CONFIDENTIAL;
            default -> Sensitivity.PUBLIC;
        };
    }

    private static ShowAs showAs(Component event) {
        Optional<String> busyStatus = event.getProperty(EventWriter.BUSY_STATUS)
                .map(p -> IcalValues.upper(p.getValue().strip()));
        if (busyStatus.isPresent()) {
            switch (busyStatus.get()) {
                case "FREE": return ShowAs.FREE;
                case "TENTATIVE": return ShowAs.TENTATIVE;
                case "OOF": return ShowAs.OOF;
                case "WORKINGELSEWHERE": return ShowAs.WORKING_ELSEWHERE;
                case "BUSY": return ShowAs.BUSY;
                default: break;
            }
        }
        boolean transparent = event.getProperty("TRANSP")
                .map(p -> "TRANSPARENT".equalsIgnoreCase(p.getValue().strip())).orElse(false);
        return transparent ? ShowAs.FREE : ShowAs.BUSY;
    }

    static List<String> categories(Component component) {
        List<String> categories = new ArrayList<>();
        for (Property property : component.<Property>getProperties("CATEGORIES")) {
            categories.addAll(IcalValues.textList(property.getValue()));
        }
        return categories;
    }

    private static List<URI> attachments(Component event) {
        List<URI> urls = new ArrayList<>();
        for (Property attach : event.<Property>getProperties("ATTACH")) {
            if (EventWriter.isUrlAttachment(attach)) {
                try {
                    urls.add(new URI(attach.getValue().strip()));
                } catch (URISyntaxException e) {
                    // not a URL after all: kept verbatim with the client's other properties
                }
            }
        }
        return urls;
    }

    static String text(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse("");
    }
}
