package org.bridgehead.exchange.pim.ical;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as Exchange can hold it: a single event, a recurring series (with its exceptions and
 * deleted occurrences), or one exception of a series (with {@code recurrenceId} set).
 *
 * @param uid                the iCalendar UID (Exchange's UID / iCalUid)
 * @param summary            the title
 * @param location           where, may be empty
 * @param description        the plain-text body, may be empty
 * @param start              the first moment (a date for all-day events)
 * @param end                the end, exclusive (a date for all-day events)
 * @param recurrence         the series' pattern; empty for a single event or an exception
 * @param deletedOccurrences original starts of occurrences removed from the series (EXDATE)
 * @param exceptions         occurrences changed on their own, each with its recurrenceId
 * @param recurrenceId       for an exception: the original start of the occurrence it replaces
 * @param reminderMinutes    minutes before the start that a reminder goes off; empty for none
 * @param organizer          who organises the meeting; empty for a plain appointment
 * @param attendees          who is invited, without the organizer
 * @param sensitivity        CLASS
 * @param showAs             how the time shows in free/busy (TRANSP)
 * @param categories         CATEGORIES in order
 * @param attachmentUrls     attachments given by URL (ATTACH;VALUE=URI)
 */
public record CalendarEvent(String uid, String summary, String location, String description,
        DateOrTime start, DateOrTime end, Optional<Recurrence> recurrence, List<DateOrTime> deletedOccurrences,
        List<CalendarEvent> exceptions, Optional<DateOrTime> recurrenceId, Optional<Integer> reminderMinutes,
        Optional<Participant> organizer, List<Participant> attendees, Sensitivity sensitivity, ShowAs showAs,
        List<String> categories, List<URI> attachmentUrls) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        summary = summary == null ? "" : summary;
        location = location == null ? "" : location;
        description = description == null ? "" : description;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(recurrence, "recurrence");
        deletedOccurrences = List.copyOf(deletedOccurrences);
        exceptions = List.copyOf(exceptions);
        Objects.requireNonNull(recurrenceId, "recurrenceId");
        Objects.requireNonNull(reminderMinutes, "reminderMinutes");
        Objects.requireNonNull(organizer, "organizer");
        attendees = List.copyOf(attendees);
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(showAs, "showAs");
        categories = List.copyOf(categories);
        attachmentUrls = List.copyOf(attachmentUrls);
        if (end.instant().isBefore(start.instant())) {
            throw new IllegalArgumentException("the event ends before it starts");
        }
    }

    public boolean allDay() {
        return start.date();
    }

    /** True if there are attendees, so that writes are scheduling messages. */
    public boolean meeting() {
        return organizer.isPresent() && !attendees.isEmpty();
    }

    public CalendarEvent withAttendees(List<Participant> newAttendees) {
        return new CalendarEvent(uid, summary, location, description, start, end, recurrence, deletedOccurrences,
                exceptions, recurrenceId, reminderMinutes, organizer, newAttendees, sensitivity, showAs, categories,
                attachmentUrls);
    }

    public CalendarEvent withReminder(Optional<Integer> minutes) {
        return new CalendarEvent(uid, summary, location, description, start, end, recurrence, deletedOccurrences,
                exceptions, recurrenceId, minutes, organizer, attendees, sensitivity, showAs, categories,
                attachmentUrls);
    }

    public CalendarEvent withDeletedOccurrences(List<DateOrTime> deleted) {
        return new CalendarEvent(uid, summary, location, description, start, end, recurrence, deleted, exceptions,
                recurrenceId, reminderMinutes, organizer, attendees, sensitivity, showAs, categories, attachmentUrls);
    }

    public CalendarEvent withExceptions(List<CalendarEvent> newExceptions) {
        return new CalendarEvent(uid, summary, location, description, start, end, recurrence, deletedOccurrences,
                newExceptions, recurrenceId, reminderMinutes, organizer, attendees, sensitivity, showAs, categories,
                attachmentUrls);
    }
}
