package org.bridgehead.exchange.ews;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import org.bridgehead.exchange.pim.MeetingResponse;
import org.bridgehead.exchange.pim.ical.CalendarEvent;
import org.bridgehead.exchange.pim.ical.DateOrTime;
import org.bridgehead.exchange.pim.ical.Participant;

/**
 * RFC 6638 with the server as scheduling agent, in Exchange's terms: what a client's write of an
 * event tells the other people in it. The organizer's new meeting sends invitations; a change of
 * what the meeting is (time, place, title, text, recurrence, who is invited) sends updates to those
 * it concerns; any other change (an alarm, a category) sends nothing. An attendee's change of their
 * own PARTSTAT is the response to the organizer.
 */
final class SchedulingRules {

    private SchedulingRules() {
    }

    /** True if the user organises this meeting. */
    static boolean organizes(CalendarEvent event, String owner) {
        return event.meeting() && event.organizer().orElseThrow().is(owner);
    }

    static SendInvitationsMode onCreate(CalendarEvent event, String owner) {
        return organizes(event, owner) ? SendInvitationsMode.SendToAllAndSaveCopy : SendInvitationsMode.SendToNone;
    }

    static SendInvitationsOrCancellationsMode onUpdate(CalendarEvent before, CalendarEvent after, String owner) {
        boolean organizer = organizes(after, owner) || organizes(before, owner);
        return organizer && meetingChanged(before, after)
                ? SendInvitationsOrCancellationsMode.SendToChangedAndSaveCopy
                : SendInvitationsOrCancellationsMode.SendToNone;
    }

    /** The answer the user gave as an attendee, if the write changed it. */
    static Optional<MeetingResponse> response(CalendarEvent before, CalendarEvent after, String owner) {
        if (!after.meeting() || organizes(after, owner)) {
            return Optional.empty();
        }
        Optional<Participant.Status> was = statusOf(before, owner);
        Optional<Participant.Status> now = statusOf(after, owner);
        if (now.isEmpty() || now.equals(was)) {
            return Optional.empty();
        }
        return switch (now.get()) {
            case ACCEPTED -> Optional.of(MeetingResponse.ACCEPTED);
            case TENTATIVE -> Optional.of(MeetingResponse.TENTATIVE);
            case DECLINED -> Optional.of(MeetingResponse.DECLINED);
            default -> Optional.empty();
        };
    }

    /** True if nothing but the user's own answer changed, so the answer alone is to be sent. */
    static boolean onlyTheAnswerChanged(CalendarEvent before, CalendarEvent after) {
        return !meetingChanged(before, after) && before.reminderMinutes().equals(after.reminderMinutes())
                && before.categories().equals(after.categories()) && before.showAs() == after.showAs();
    }

    private static Optional<Participant.Status> statusOf(CalendarEvent event, String owner) {
        return event.attendees().stream().filter(a -> a.is(owner)).map(Participant::status).findFirst();
    }

    /** What invitations tell attendees about; alarms, categories and answers are not part of it. */
    static boolean meetingChanged(CalendarEvent before, CalendarEvent after) {
        return !before.summary().equals(after.summary()) || !before.location().equals(after.location())
                || !before.description().strip().equals(after.description().strip())
                || !before.start().instant().equals(after.start().instant())
                || !before.end().instant().equals(after.end().instant()) || before.allDay() != after.allDay()
                || !rule(before).equals(rule(after))
                || !instants(before.deletedOccurrences()).equals(instants(after.deletedOccurrences()))
                || !invited(before).equals(invited(after));
    }

    /** The recurrence without its week start, which Exchange cannot be asked for. */
    private static Optional<List<Object>> rule(CalendarEvent event) {
        return event.recurrence().map(r -> List.of(r.type(), r.interval(), r.days(), r.dayOfMonth(), r.month(),
                Optional.ofNullable(r.index()), r.start(), Optional.ofNullable(r.endDate()), r.count()));
    }

    private static Set<Instant> instants(List<DateOrTime> times) {
        return times.stream().map(DateOrTime::instant).collect(Collectors.toSet());
    }

    private static Set<String> invited(CalendarEvent event) {
        return event.attendees().stream().map(a -> a.email().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
