package org.bridgehead.simulator.ews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
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
import org.w3c.dom.Element;

/**
 * CreateItem's meeting response objects. AcceptItem, TentativelyAcceptItem and DeclineItem answer
 * a meeting request (or the attendee's calendar item): the calendar item takes the response (a
 * declined one goes to Deleted Items, as does the answered request); SaveOnly keeps the response
 * in Drafts, SendOnly and SendAndSaveCopy send it to the organizer, whose item then records it
 * (SendAndSaveCopy keeps a copy in Sent Items). CancelCalendarItem cancels the organizer's meeting:
 * attendees get a cancellation and the organizer's item goes to Deleted Items.
 */
final class ResponseObjects {
    static final List<String> ELEMENTS = List.of("AcceptItem", "TentativelyAcceptItem", "DeclineItem",
            "CancelCalendarItem");

    private final SimulatorStore store;
    private final Account account;
    private final Mailbox mailbox;
    private final ItemLocator locator;

    ResponseObjects(SimulatorStore store, Account account) {
        this.store = store;
        this.account = account;
        this.mailbox = store.mailbox(account);
        this.locator = new ItemLocator(store, account);
    }

    /** Carries out a response object; answers the items CreateItem lists (the calendar item, a draft). */
    List<ItemState> create(Element object, String disposition)
            throws EwsError, SoapFaultException, ItemOperationException {
        ItemState reference = locator.locate(Dom.required(object, "ReferenceItemId"));
        if (object.getLocalName().equals("CancelCalendarItem")) {
            return cancel(reference, Dom.child(object, "NewBodyContent").map(Element::getTextContent).orElse(null),
                    disposition);
        }
        String responseType = switch (object.getLocalName()) {
            case "AcceptItem" -> "Accept";
            case "TentativelyAcceptItem" -> "Tentative";
            default -> "Decline";
        };
        return respond(reference, responseType, Dom.child(object, "Body").map(Element::getTextContent).orElse(null),
                disposition);
    }

    private List<ItemState> respond(ItemState reference, String responseType, String text, String disposition)
            throws EwsError, ItemOperationException {
        ItemState item = attendeeItem(reference);
        if (Occurrences.isOccurrence(item)) {
            throw new EwsError("ErrorInvalidRequest", "The simulator does not respond to single occurrences.");
        }
        Instant now = store.clock().instant();
        AttendeeCalendar calendar = new AttendeeCalendar(store, account);
        ItemState answered = calendar.respond(item, responseType, now);
        EmailAddress me = new EmailAddress(account.displayName(), account.address());
        EmailAddress organizer = Attendees.organizer(answered.pim().fields()).orElseThrow(EwsError::itemNotFound);
        PimData reply = Attendees.onlyResponder(answered.pim(), account.address(), responseType);
        MeetingMessages.Kind kind = MeetingMessages.Kind.ofResponse(responseType);
        List<ItemState> result = new ArrayList<>();
        if (disposition.equals("SaveOnly")) {
            MeetingMessages.Composed draft = compose(kind, reply, text, me, organizer, answered.number(), now);
            result.add(mailbox.createItem(mailbox.folder(DistinguishedFolder.DRAFTS).number(),
                    NewItem.meetingMessage(draft.mime(), draft.meeting(), true, true, false)));
        } else {
            sendToOrganizer(kind, reply, text, me, organizer, responseType, now);
            if (disposition.equals("SendAndSaveCopy")) {
                MeetingMessages.Composed copy = compose(kind, reply, text, me, organizer, answered.number(), now);
                mailbox.createItem(mailbox.folder(DistinguishedFolder.SENT_ITEMS).number(),
                        NewItem.meetingMessage(copy.mime(), copy.meeting(), true, false, false));
            }
        }
        long deletedItems = mailbox.folder(DistinguishedFolder.DELETED_ITEMS).number();
        if (reference.isMessage() && reference.folderNumber() != deletedItems) {
            mailbox.moveItem(reference.number(), deletedItems);
        }
        if (responseType.equals("Decline")) {
            mailbox.moveItem(answered.number(), deletedItems);
        } else {
            result.add(0, answered);
        }
        return result;
    }

    /** The attendee's calendar item a response refers to: the item itself, or a request's. */
    private ItemState attendeeItem(ItemState reference) throws EwsError {
        Optional<ItemState> item;
        if (reference.isMessage()) {
            if (reference.pim() == null || !reference.pim().type().equals("MeetingRequest")) {
                throw invalidReference();
            }
            item = reference.pim().text(MeetingMessages.ASSOCIATED_ITEM).map(Long::parseLong).flatMap(mailbox::item)
                    .or(() -> AttendeeCalendar.byUid(mailbox, reference.pim().text("UID").orElse("")));
        } else {
            item = Optional.of(reference);
        }
        ItemState calendarItem = item.orElseThrow(EwsError::itemNotFound);
        if (!"CalendarItem".equals(calendarItem.pim().type())
                || !"false".equals(calendarItem.pim().text("IsOrganizer").orElse("true"))
                || "true".equals(calendarItem.pim().text("IsCancelled").orElse("false"))) {
            throw invalidReference();
        }
        return calendarItem;
    }

    /** The organizer's item records the response; a user of the simulator also gets the message. */
    private void sendToOrganizer(MeetingMessages.Kind kind, PimData reply, String text, EmailAddress me,
                                 EmailAddress organizer, String responseType, Instant now)
            throws ItemOperationException {
        Optional<Mailbox> theirs = store.mailbox(organizer.address());
        if (theirs.isEmpty()) {
            return;
        }
        Optional<ItemState> meeting = AttendeeCalendar.byUid(theirs.get(), reply.text("UID").orElse(""));
        if (meeting.isPresent()) {
            theirs.get().updateItem(meeting.get().number(), -1, ItemUpdate.builder()
                    .pim(Attendees.withResponse(meeting.get().pim(), me.address(), responseType, now)).build());
        }
        MeetingMessages.Composed message = compose(kind, reply, text, me, organizer,
                meeting.map(ItemState::number).orElse(-1L), now);
        theirs.get().deliver(NewItem.meetingMessage(message.mime(), message.meeting(), false, false, true));
    }

    private MeetingMessages.Composed compose(MeetingMessages.Kind kind, PimData reply, String text, EmailAddress from,
                                             EmailAddress to, long associated, Instant now) {
        Map<String, XmlNode> own = new LinkedHashMap<>();
        own.put("IsDelegated", XmlNode.leaf("IsDelegated", "false"));
        own.put("IsOutOfDate", XmlNode.leaf("IsOutOfDate", "false"));
        own.put("HasBeenProcessed", XmlNode.leaf("HasBeenProcessed", "true"));
        own.put("ResponseType", XmlNode.leaf("ResponseType", kind == MeetingMessages.Kind.ACCEPT ? "Accept"
                : kind == MeetingMessages.Kind.TENTATIVE ? "Tentative" : "Decline"));
        own.put("IsOrganizer", XmlNode.leaf("IsOrganizer", "false"));
        if (associated >= 0) {
            own.put(MeetingMessages.ASSOCIATED_ITEM, XmlNode.leaf(MeetingMessages.ASSOCIATED_ITEM,
                    String.valueOf(associated)));
        }
        String subject = reply.text("Subject").orElse("");
        return MeetingMessages.compose(kind, reply, subject, text == null ? "" : text, from, List.of(to), List.of(),
                own, now);
    }

    private List<ItemState> cancel(ItemState item, String text, String disposition)
            throws EwsError, ItemOperationException {
        MeetingOrganizer organizer = new MeetingOrganizer(store, account);
        if (!organizer.organizes(item) || Occurrences.isOccurrence(item)) {
            throw invalidReference();
        }
        if (disposition.equals("SaveOnly")) {
            return List.of(organizer.draftCancellation(item, text));
        }
        organizer.cancel(item, text, disposition.equals("SendAndSaveCopy"));
        mailbox.moveItem(item.number(), mailbox.folder(DistinguishedFolder.DELETED_ITEMS).number());
        return List.of();
    }

    private static EwsError invalidReference() {
        return new EwsError("ErrorInvalidReferenceItem", "The reference item does not support the requested operation.");
    }
}
