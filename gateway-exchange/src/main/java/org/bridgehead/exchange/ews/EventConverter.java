package org.bridgehead.exchange.ews;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.core.enumeration.property.MeetingResponseType;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.property.complex.Attendee;
import microsoft.exchange.webservices.data.property.complex.AttendeeCollection;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.property.complex.StringList;
import microsoft.exchange.webservices.data.property.complex.time.TimeZoneDefinition;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.pim.ical.CalendarEvent;
import org.bridgehead.exchange.pim.ical.DateOrTime;
import org.bridgehead.exchange.pim.ical.Participant;
import org.bridgehead.exchange.pim.ical.Recurrence;
import org.bridgehead.exchange.pim.ical.Sensitivity;
import org.bridgehead.exchange.pim.ical.ShowAs;
import org.bridgehead.exchange.pim.ical.TimeZones;

/**
 * {@link CalendarEvent} <-> an EWS Appointment's fields. Times go to Exchange as UTC instants with
 * the Windows name of the client's zone (StartTimeZone/EndTimeZone), so the series recurs in that
 * zone; they come back in the zone the client named whenever the Windows name still matches.
 * All-day events are put at midnight in {@code allDayZone} (the user's zone), where Exchange and
 * Outlook expect them; their days never shift.
 */
final class EventConverter {

    private final ZoneId allDayZone;

    EventConverter(ZoneId allDayZone) {
        this.allDayZone = allDayZone;
    }

    /**
     * Writes the event's fields (a series, single event or exception) to an appointment. The UID is
     * not written: ews-java-api has it read-only, so Exchange assigns its own and the client's UID
     * comes back from the client's original text.
     */
    void write(CalendarEvent event, Appointment target, boolean created) throws Exception {
        target.setSubject(event.summary());
        target.setLocation(event.location());
        target.setBody(MessageBody.getMessageBodyFromText(event.description()));
        DateOrTime start = exchangeTime(event.start());
        DateOrTime end = exchangeTime(event.end());
        target.setIsAllDayEvent(event.allDay());
        target.setStartTimeZone(zone(start.zone()));
        target.setEndTimeZone(zone(end.zone()));
        target.setStart(Date.from(start.instant()));
        target.setEnd(Date.from(end.instant()));
        if (event.recurrenceId().isEmpty()) {
            if (event.recurrence().isPresent()) {
                target.setRecurrence(RecurrenceConverter.toEws(event.recurrence().get()));
            } else if (!created) {
                target.setRecurrence(null);
            }
        }
        target.setIsReminderSet(event.reminderMinutes().isPresent());
        target.setReminderMinutesBeforeStart(event.reminderMinutes().orElse(15));
        target.setSensitivity(sensitivity(event.sensitivity()));
        target.setLegacyFreeBusyStatus(freeBusy(event.showAs()));
        target.setCategories(new StringList(event.categories()));
        writeAttendees(event, target);
        if (!event.attachmentUrls().isEmpty()) {
            // ews-java-api holds multi-valued properties as an ArrayList, and fails on an array
            target.setExtendedProperty(PimProperties.ATTACHMENT_URLS,
                    new ArrayList<>(event.attachmentUrls().stream().map(URI::toString).toList()));
        } else if (!created) {
            target.removeExtendedProperty(PimProperties.ATTACHMENT_URLS);
        }
    }

    private static void writeAttendees(CalendarEvent event, Appointment target) throws Exception {
        AttendeeCollection required = target.getRequiredAttendees();
        AttendeeCollection optional = target.getOptionalAttendees();
        AttendeeCollection resources = target.getResources();
        required.clear();
        optional.clear();
        resources.clear();
        for (Participant attendee : event.attendees()) {
            Attendee ews = new Attendee(attendee.name().isEmpty() ? null : attendee.name(), attendee.email());
            switch (attendee.role()) {
                case REQUIRED -> required.add(ews);
                case OPTIONAL -> optional.add(ews);
                case RESOURCE -> resources.add(ews);
                default -> throw new IllegalStateException(attendee.role().name());
            }
        }
        if (!event.attendees().isEmpty()) {
            target.setIsResponseRequested(event.attendees().stream().anyMatch(Participant::rsvp));
        }
    }

    /** A time as Exchange stores it: all-day events at midnight in the user's zone. */
    DateOrTime exchangeTime(DateOrTime time) {
        return time.date() ? time.inZone(allDayZone) : time;
    }

    /**
     * An occurrence's original start (a deleted occurrence's, say) as the series writes its times:
     * a day for an all-day series, else a moment in the series' zone.
     */
    DateOrTime occurrenceStart(Date originalStart, CalendarEvent series) {
        return readTime(originalStart, series.allDay() ? allDayZone : series.start().zone(), series.allDay());
    }

    private static TimeZoneDefinition zone(ZoneId zone) throws InvalidContentException {
        String windows = TimeZones.toWindows(zone).orElseThrow(() -> new InvalidContentException(
                "Exchange has no time zone for " + zone.getId(), null));
        return new WindowsTimeZone(windows);
    }

    /**
     * An appointment (a series' master, a single event or an exception) as the event it is.
     *
     * @param clientZone the zone the client named, preferred when Exchange's Windows name matches it
     * @param weekStart  the client's WKST, which ews-java-api cannot read from Exchange
     * @param clientUid  the UID the client gave the event, if it created it
     */
    CalendarEvent read(Appointment appointment, String owner, ZoneId clientZone, DayOfWeek weekStart,
            Optional<String> clientUid, List<DateOrTime> deleted, List<CalendarEvent> exceptions) throws Exception {
        boolean allDay = Boolean.TRUE.equals(appointment.getIsAllDayEvent());
        ZoneId startZone = readZone(appointment.getStartTimeZone(), clientZone, allDay);
        ZoneId endZone = readZone(appointment.getEndTimeZone(), startZone, allDay);
        DateOrTime start = readTime(appointment.getStart(), startZone, allDay);
        DateOrTime end = readTime(appointment.getEnd(), endZone, allDay);
        Optional<Recurrence> recurrence = Optional.empty();
        var pattern = optional(appointment::getRecurrence);
        if (pattern != null) {
            recurrence = Optional.of(RecurrenceConverter.fromEws(pattern, start.localDate(), startZone, weekStart));
        }
        Optional<DateOrTime> recurrenceId = Optional.empty();
        Date originalStart = optional(appointment::getOriginalStart);
        if (originalStart != null && pattern == null && isException(appointment)) {
            recurrenceId = Optional.of(readTime(originalStart, startZone, allDay));
        }
        Integer minutes = Boolean.TRUE.equals(appointment.getIsReminderSet())
                ? appointment.getReminderMinutesBeforeStart() : null;
        Optional<Participant> organizer = Optional.empty();
        List<Participant> attendees = new ArrayList<>();
        boolean rsvp = Boolean.TRUE.equals(optional(appointment::getIsResponseRequested));
        readAttendees(appointment.getRequiredAttendees(), Participant.Role.REQUIRED, rsvp, attendees);
        readAttendees(appointment.getOptionalAttendees(), Participant.Role.OPTIONAL, rsvp, attendees);
        readAttendees(appointment.getResources(), Participant.Role.RESOURCE, rsvp, attendees);
        var organizerAddress = optional(appointment::getOrganizer);
        if (!attendees.isEmpty() && organizerAddress != null && organizerAddress.getAddress() != null) {
            String address = organizerAddress.getAddress();
            organizer = Optional.of(new Participant(address, nonNull(organizerAddress.getName()),
                    Participant.Role.REQUIRED, Participant.Status.ACCEPTED, false));
            if (!address.equalsIgnoreCase(owner)) {
                attendees = withMyAnswer(attendees, owner, appointment);
            }
        }
        String body = appointment.getBody() == null ? "" : nonNull(MessageBody.getStringFromMessageBody(
                appointment.getBody()));
        List<URI> urls = attachmentUrls(appointment);
        String uid = clientUid.orElseGet(() -> nonNull(optional(appointment::getICalUid)));
        return new CalendarEvent(uid, nonNull(appointment.getSubject()),
                nonNull(appointment.getLocation()), body, start, end, recurrence, deleted, exceptions, recurrenceId,
                Optional.ofNullable(minutes), organizer, attendees, sensitivity(appointment), showAs(appointment),
                categories(appointment.getCategories()), urls);
    }

    private static List<URI> attachmentUrls(Appointment appointment) {
        List<URI> urls = new ArrayList<>();
        Object stored = PimProperties.value(appointment, PimProperties.ATTACHMENT_URLS);
        List<?> values = stored instanceof List<?> list ? list
                : stored instanceof Object[] array ? List.of(array) : List.of();
        for (Object value : values) {
            {
                try {
                    urls.add(new URI(String.valueOf(value)));
                } catch (java.net.URISyntaxException e) {
                    // written by another program: not an attachment URL
                }
            }
        }
        return urls;
    }

    private static boolean isException(Appointment appointment) throws Exception {
        var type = optional(appointment::getAppointmentType);
        return type != null && type.name().equals("Exception");
    }

    /** The user's own answer is Exchange's MyResponseType, which is fresher than the attendee list's copy. */
    private static List<Participant> withMyAnswer(List<Participant> attendees, String owner, Appointment appointment)
            throws Exception {
        MeetingResponseType mine = optional(appointment::getMyResponseType);
        if (mine == null) {
            return attendees;
        }
        List<Participant> updated = new ArrayList<>();
        for (Participant attendee : attendees) {
            updated.add(attendee.is(owner) ? attendee.withStatus(status(mine)) : attendee);
        }
        return updated;
    }

    private static void readAttendees(AttendeeCollection collection, Participant.Role role, boolean rsvp,
            List<Participant> into) {
        if (collection == null) {
            return;
        }
        for (Attendee attendee : collection) {
            into.add(new Participant(attendee.getAddress(), nonNull(attendee.getName()), role,
                    status(attendee.getResponseType()), rsvp));
        }
    }

    private static Participant.Status status(MeetingResponseType response) {
        if (response == null) {
            return Participant.Status.NEEDS_ACTION;
        }
        return switch (response) {
            case Accept, Organizer -> Participant.Status.ACCEPTED;
            case Tentative -> Participant.Status.TENTATIVE;
            case Decline -> Participant.Status.DECLINED;
            default -> Participant.Status.NEEDS_ACTION;
        };
    }

    private ZoneId readZone(TimeZoneDefinition definition, ZoneId preferred, boolean allDay) {
        String windows = definition == null ? null : definition.getId();
        ZoneId fallback = allDay ? allDayZone : ZoneOffset.UTC;
        return TimeZones.fromWindows(windows, preferred).orElse(preferred == null ? fallback : preferred);
    }

    private static DateOrTime readTime(Date date, ZoneId zone, boolean allDay) {
        Instant instant = date.toInstant();
        if (!allDay) {
            return DateOrTime.ofTime(instant, zone);
        }
        // an all-day event starts at midnight in its zone; the reader's days are in UTC
        return DateOrTime.ofDate(instant.atZone(zone).toLocalDate(), ZoneOffset.UTC);
    }

    private static Sensitivity sensitivity(Appointment appointment) throws Exception {
        var value = appointment.getSensitivity();
        if (value == null) {
            return Sensitivity.PUBLIC;
        }
        return switch (value) {
            case Private, Personal -> Sensitivity.PRIVATE;
            case Confidential -> Sensitivity.CONFIDENTIAL;
            default -> Sensitivity.PUBLIC;
        };
    }

    static microsoft.exchange.webservices.data.core.enumeration.property.Sensitivity sensitivity(Sensitivity value) {
        return switch (value) {
            case PUBLIC -> microsoft.exchange.webservices.data.core.enumeration.property.Sensitivity.Normal;
            case PRIVATE -> microsoft.exchange.webservices.data.core.enumeration.property.Sensitivity.Private;
            case CONFIDENTIAL -> microsoft.exchange.webservices.data.core.enumeration.property.Sensitivity.Confidential;
        };
    }

    private static ShowAs showAs(Appointment appointment) throws Exception {
        LegacyFreeBusyStatus status = appointment.getLegacyFreeBusyStatus();
        if (status == null) {
            return ShowAs.BUSY;
        }
        return switch (status) {
            case Free -> ShowAs.FREE;
            case Tentative -> ShowAs.TENTATIVE;
            case OOF -> ShowAs.OOF;
            default -> ShowAs.BUSY;
        };
    }

    private static LegacyFreeBusyStatus freeBusy(ShowAs showAs) {
        return switch (showAs) {
            case FREE -> LegacyFreeBusyStatus.Free;
            case TENTATIVE -> LegacyFreeBusyStatus.Tentative;
            // ews-java-api 2.0 predates WorkingElsewhere (Exchange 2013): it is stored as busy
            case BUSY, WORKING_ELSEWHERE -> LegacyFreeBusyStatus.Busy;
            case OOF -> LegacyFreeBusyStatus.OOF;
        };
    }

    static List<String> categories(StringList list) {
        List<String> categories = new ArrayList<>();
        if (list != null) {
            list.forEach(categories::add);
        }
        return categories;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** A getter for a property the answer may have left out, which ews-java-api reports by throwing. */
    @FunctionalInterface
    interface Getter<T> {
        T get() throws Exception;
    }

    static <T> T optional(Getter<T> getter) {
        try {
            return getter.get();
        } catch (Exception e) {
            return null;
        }
    }
}
