package org.bridgehead.simulator.ews;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.EmailAddress;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.ItemUpdate;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.PimData;
import org.bridgehead.simulator.store.SimulatorStore;
import org.bridgehead.simulator.store.XmlNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an organizer's meeting sends: requests when it is created with SendMeetingInvitations,
 * updates when it changes (new attendees get a new request, removed ones a cancellation, a change
 * of time or place a full update that asks for new responses), cancellations when it is
 * cancelled or deleted. Attendees who are users of the simulator get the message in their Inbox
 * and their calendar item kept by {@link AttendeeCalendar}; others are recorded on the item only.
 */
final class MeetingOrganizer {
    private static final Logger log = LoggerFactory.getLogger(MeetingOrganizer.class);
    /** Changes attendees hear of. */
    private static final Set<String> MEETING_FIELDS = Set.of("Subject", "Body", "Start", "End", "Location",
            "Recurrence", "IsAllDayEvent", "StartTimeZone", "EndTimeZone", "DeletedOccurrences", "Sensitivity",
            "Importance", Occurrences.EXCEPTIONS);
    /** Changes that ask attendees to respond again (a full update). */
    private static final Set<String> RESCHEDULING = Set.of("Start", "End", "Location", "Recurrence", "IsAllDayEvent",
            Occurrences.EXCEPTIONS);

    private final SimulatorStore store;
    private final Account organizer;
    private final Mailbox mailbox;

    MeetingOrganizer(SimulatorStore store, Account organizer) {
        this.store = store;
        this.organizer = organizer;
        this.mailbox = store.mailbox(organizer);
    }

    /** Whether the item is a meeting this user organizes. */
    boolean organizes(ItemState item) {
        return !item.isMessage() && "CalendarItem".equals(item.pim().type())
                && "true".equals(item.pim().text("IsOrganizer").orElse("true"))
                && !Attendees.all(item.pim()).isEmpty();
    }

    /** Sends a new meeting's requests to every attendee; the item records MeetingRequestWasSent. */
    ItemState invite(ItemState item, boolean saveCopy) throws ItemOperationException, EwsError {
        List<EmailAddress> attendees = attendees(item.pim());
        for (EmailAddress a : attendees) {
            request(item.pim(), a, "NewMeetingRequest", true);
        }
        return sent(item, !attendees.isEmpty(), saveCopy);
    }

    /**
     * Sends what a change of the organizer's item calls for.
     *
     * @param toAll true for SendOnlyToAll / SendToAllAndSaveCopy, false for the "Changed" modes
     */
    ItemState update(ItemState before, ItemState after, boolean toAll, boolean saveCopy)
            throws ItemOperationException, EwsError {
        List<EmailAddress> was = attendees(before.pim());
        List<EmailAddress> now = attendees(after.pim());
        boolean changed = MEETING_FIELDS.stream().anyMatch(f -> changed(before.pim(), after.pim(), f));
        boolean rescheduled = RESCHEDULING.stream().anyMatch(f -> changed(before.pim(), after.pim(), f));
        boolean wasSent = "true".equals(before.pim().text("MeetingRequestWasSent").orElse("false"));
        PimData sending = rescheduled ? withNextSequence(after.pim()) : after.pim();
        boolean any = false;
        for (EmailAddress a : now) {
            boolean added = !Attendees.contains(was, a) || !wasSent;
            if (toAll || added || changed) {
                request(sending, a, added ? "NewMeetingRequest" : rescheduled ? "FullUpdate" : "InformationalUpdate",
                        added || rescheduled);
                any = true;
            }
        }
        for (EmailAddress a : was) {
            if (!Attendees.contains(now, a)) {
                cancellation(before.pim(), a, null);
                any = true;
            }
        }
        ItemState current = rescheduled ? mailbox.updateItem(after.number(), -1, ItemUpdate.builder().pim(sending).build())
                : after;
        return sent(current, any, saveCopy);
    }

    /** Sends cancellations to every attendee (before the organizer's item goes). */
    void cancel(ItemState item, String text, boolean saveCopy) throws ItemOperationException, EwsError {
        PimData cancelled = cancelled(item.pim());
        List<EmailAddress> attendees = attendees(item.pim());
        for (EmailAddress a : attendees) {
            cancellation(cancelled, a, text);
        }
        if (saveCopy && !attendees.isEmpty()) {
            saveCopy(MeetingMessages.Kind.CANCELLATION, cancelled, text, item.number());
        }
    }

    /** Records that requests went out, and keeps a copy in Sent Items when asked to. */
    private ItemState sent(ItemState item, boolean any, boolean saveCopy) throws ItemOperationException {
        if (!any) {
            return item;
        }
        if (saveCopy) {
            saveCopy(MeetingMessages.Kind.REQUEST, item.pim(), null, item.number());
        }
        Map<String, XmlNode> fields = new LinkedHashMap<>(item.pim().fields());
        fields.put("MeetingRequestWasSent", XmlNode.leaf("MeetingRequestWasSent", "true"));
        return mailbox.updateItem(item.number(), -1, ItemUpdate.builder()
                .pim(new PimData(item.pim().type(), item.pim().itemClass(), fields)).build());
    }

    private void request(PimData meeting, EmailAddress attendee, String requestType, boolean askAgain)
            throws ItemOperationException, EwsError {
        Optional<Account> account = localAccount(attendee);
        if (account.isEmpty()) {
            return; // outside the simulator: recorded on the item, nothing delivered
        }
        AttendeeCalendar calendar = new AttendeeCalendar(store, account.get());
        ItemState copy = calendar.receive(meeting, askAgain);
        Map<String, XmlNode> own = new LinkedHashMap<>();
        own.putAll(Map.ofEntries(MeetingMessages.field("MeetingRequestType", requestType),
                MeetingMessages.field("IntendedFreeBusyStatus", meeting.text("LegacyFreeBusyStatus").orElse("Busy")),
                MeetingMessages.field("ResponseType", copy.pim().text("MyResponseType").orElse("NoResponseReceived")),
                MeetingMessages.field("MyResponseType", copy.pim().text("MyResponseType").orElse("NoResponseReceived")),
                MeetingMessages.field("LegacyFreeBusyStatus", copy.pim().text("LegacyFreeBusyStatus").orElse("Tentative")),
                MeetingMessages.field("AppointmentState", copy.pim().text("AppointmentState").orElse("3")),
                MeetingMessages.field("MeetingRequestWasSent", "false"),
                MeetingMessages.field(MeetingMessages.ASSOCIATED_ITEM, String.valueOf(copy.number()))));
        own.putAll(messageFlags(false));
        deliver(calendar.mailbox(), attendee, MeetingMessages.Kind.REQUEST, meeting, null, own);
    }

    private void cancellation(PimData meeting, EmailAddress attendee, String text)
            throws ItemOperationException, EwsError {
        Optional<Account> account = localAccount(attendee);
        if (account.isEmpty()) {
            return;
        }
        AttendeeCalendar calendar = new AttendeeCalendar(store, account.get());
        Optional<ItemState> copy = calendar.cancel(meeting.text("UID").orElseThrow());
        Map<String, XmlNode> own = new LinkedHashMap<>(messageFlags(false));
        own.put("ResponseType", XmlNode.leaf("ResponseType", "Unknown"));
        copy.ifPresent(c -> own.put(MeetingMessages.ASSOCIATED_ITEM,
                XmlNode.leaf(MeetingMessages.ASSOCIATED_ITEM, String.valueOf(c.number()))));
        deliver(calendar.mailbox(), attendee, MeetingMessages.Kind.CANCELLATION, meeting, text, own);
    }

    private void deliver(Mailbox to, EmailAddress attendee, MeetingMessages.Kind kind, PimData meeting, String text,
                         Map<String, XmlNode> own) {
        MeetingMessages.Composed message = compose(kind, meeting, text, own);
        try {
            to.deliver(NewItem.meetingMessage(message.mime(), message.meeting(), false, false, true));
        } catch (ItemOperationException e) {
            log.info("Meeting message from {} not delivered to {}: {}", organizer.address(), attendee.address(),
                    e.getMessage());
        }
    }

    /** A cancellation kept in Drafts, as CancelCalendarItem with SaveOnly leaves it; nothing is sent. */
    ItemState draftCancellation(ItemState item, String text) throws ItemOperationException {
        return keep(MeetingMessages.Kind.CANCELLATION, cancelled(item.pim()), text, item.number(),
                DistinguishedFolder.DRAFTS);
    }

    private void saveCopy(MeetingMessages.Kind kind, PimData meeting, String text, long itemNumber)
            throws ItemOperationException {
        keep(kind, meeting, text, itemNumber, DistinguishedFolder.SENT_ITEMS);
    }

    private ItemState keep(MeetingMessages.Kind kind, PimData meeting, String text, long itemNumber,
                           DistinguishedFolder folder) throws ItemOperationException {
        Map<String, XmlNode> own = new LinkedHashMap<>(messageFlags(true));
        own.put("ResponseType", XmlNode.leaf("ResponseType", "Organizer"));
        own.put(MeetingMessages.ASSOCIATED_ITEM, XmlNode.leaf(MeetingMessages.ASSOCIATED_ITEM, String.valueOf(itemNumber)));
        if (kind == MeetingMessages.Kind.REQUEST) {
            own.put("MeetingRequestType", XmlNode.leaf("MeetingRequestType", "NewMeetingRequest"));
        }
        MeetingMessages.Composed message = compose(kind, meeting, text, own);
        return mailbox.createItem(mailbox.folder(folder).number(), NewItem.meetingMessage(message.mime(),
                message.meeting(), true, folder == DistinguishedFolder.DRAFTS, false));
    }

    private MeetingMessages.Composed compose(MeetingMessages.Kind kind, PimData meeting, String text,
                                             Map<String, XmlNode> own) {
        String body = text != null ? text : meeting.text("Body").orElse("");
        return MeetingMessages.compose(kind, meeting, meeting.text("Subject").orElse(""), body,
                new EmailAddress(organizer.displayName(), organizer.address()),
                Attendees.of(meeting, "RequiredAttendees"), optionalAndResources(meeting), own, store.clock().instant());
    }

    private static Map<String, XmlNode> messageFlags(boolean organizerCopy) {
        return Map.ofEntries(MeetingMessages.field("IsDelegated", "false"), MeetingMessages.field("IsOutOfDate", "false"),
                MeetingMessages.field("HasBeenProcessed", "true"),
                MeetingMessages.field("IsOrganizer", String.valueOf(organizerCopy)));
    }

    private static List<EmailAddress> optionalAndResources(PimData meeting) {
        List<EmailAddress> result = new ArrayList<>(Attendees.of(meeting, "OptionalAttendees"));
        result.addAll(Attendees.of(meeting, "Resources"));
        return result;
    }

    /** The attendees other than the organizer. */
    private List<EmailAddress> attendees(PimData pim) {
        return Attendees.all(pim).stream().filter(a -> !a.sameAddress(organizer.address())).toList();
    }

    private Optional<Account> localAccount(EmailAddress address) {
        return store.mailbox(address.address()).isPresent() ? store.find(address.address()) : Optional.empty();
    }

    private static boolean changed(PimData before, PimData after, String field) {
        return !Objects.equals(before.fields().get(field), after.fields().get(field));
    }

    private static PimData cancelled(PimData pim) {
        Map<String, XmlNode> fields = new LinkedHashMap<>(pim.fields());
        fields.put("IsCancelled", XmlNode.leaf("IsCancelled", "true"));
        return new PimData(pim.type(), pim.itemClass(), fields);
    }

    private static PimData withNextSequence(PimData pim) {
        Map<String, XmlNode> fields = new LinkedHashMap<>(pim.fields());
        int sequence = Integer.parseInt(pim.text("AppointmentSequenceNumber").orElse("0"));
        fields.put("AppointmentSequenceNumber", XmlNode.leaf("AppointmentSequenceNumber", String.valueOf(sequence + 1)));
        return new PimData(pim.type(), pim.itemClass(), fields);
    }
}
