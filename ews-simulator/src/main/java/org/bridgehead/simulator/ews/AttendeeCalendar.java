package org.bridgehead.simulator.ews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.Importance;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.ItemUpdate;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.PimData;
import org.bridgehead.simulator.store.SimulatorStore;
import org.bridgehead.simulator.store.XmlNode;

/**
 * An attendee's copy of a meeting, kept as Exchange's calendar attendant keeps it when a meeting
 * message arrives: a new request puts a tentative item (NoResponseReceived) in the Calendar, an
 * update brings it in line with the organizer's item (a change of time or place asks for a new
 * response), a cancellation marks it cancelled ("Canceled: ", free).
 */
final class AttendeeCalendar {
    /** What stays the attendee's own when the organizer's item changes. */
    private static final Set<String> OWN = Set.of("ReminderIsSet", "ReminderMinutesBeforeStart", "ReminderDueBy",
            "MyResponseType", "AppointmentReplyTime", "LegacyFreeBusyStatus");

    private final SimulatorStore store;
    private final Account attendee;
    private final Mailbox mailbox;

    AttendeeCalendar(SimulatorStore store, Account attendee) {
        this.store = store;
        this.attendee = attendee;
        this.mailbox = store.mailbox(attendee);
    }

    Mailbox mailbox() {
        return mailbox;
    }

    /** The attendee's item of a meeting, by its UID, in the Calendar. */
    Optional<ItemState> find(String uid) {
        return byUid(mailbox, uid);
    }

    /** A mailbox's calendar item of a meeting (the organizer's or an attendee's), by its UID, in the Calendar. */
    static Optional<ItemState> byUid(Mailbox mailbox, String uid) {
        try {
            return mailbox.items(mailbox.folder(DistinguishedFolder.CALENDAR).number()).stream()
                    .filter(i -> !i.isMessage() && "CalendarItem".equals(i.pim().type())
                            && uid.equals(i.pim().text("UID").orElse(null)))
                    .findFirst();
        } catch (FolderOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Creates or updates the attendee's item from the organizer's.
     *
     * @param askAgain the meeting's time or place changed (or it is new): the attendee's response
     *                 goes back to NoResponseReceived and the item to tentative
     */
    ItemState receive(PimData organizerItem, boolean askAgain) throws ItemOperationException, EwsError {
        String uid = organizerItem.text("UID").orElseThrow();
        Optional<ItemState> existing = find(uid);
        Map<String, XmlNode> fields = new LinkedHashMap<>(organizerItem.fields());
        fields.keySet().removeAll(OWN);
        fields.remove("MyResponseType");
        fields.put("MeetingRequestWasSent", XmlNode.leaf("MeetingRequestWasSent", "false"));
        fields.put("IntendedFreeBusyStatus", XmlNode.leaf("IntendedFreeBusyStatus",
                organizerItem.text("LegacyFreeBusyStatus").orElse("Busy")));
        if (existing.isPresent() && !askAgain) {
            existing.get().pim().fields().forEach((name, node) -> {
                if (OWN.contains(name)) {
                    fields.put(name, node);
                }
            });
        } else {
            existing.ifPresent(e -> e.pim().fields().forEach((name, node) -> {
                if (name.startsWith("Reminder") && !name.equals("ReminderDueBy")) {
                    fields.put(name, node);
                }
            }));
            fields.put("MyResponseType", XmlNode.leaf("MyResponseType", "NoResponseReceived"));
            fields.put("LegacyFreeBusyStatus", XmlNode.leaf("LegacyFreeBusyStatus", "Tentative"));
        }
        PimData pim = derive(fields);
        if (existing.isPresent()) {
            return mailbox.updateItem(existing.get().number(), -1, update(pim));
        }
        return mailbox.createItem(mailbox.folder(DistinguishedFolder.CALENDAR).number(),
                NewItem.pim(pim, List.of(), importance(pim), Map.of()));
    }

    /** Marks the attendee's item of a meeting cancelled, as a cancellation's arrival does. */
    Optional<ItemState> cancel(String uid) throws ItemOperationException, EwsError {
        Optional<ItemState> existing = find(uid);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        Map<String, XmlNode> fields = new LinkedHashMap<>(existing.get().pim().fields());
        String subject = fields.containsKey("Subject") ? fields.get("Subject").textOrEmpty() : "";
        if (!subject.startsWith(MeetingMessages.Kind.CANCELLATION.subjectPrefix)) {
            fields.put("Subject", XmlNode.leaf("Subject", MeetingMessages.Kind.CANCELLATION.subjectPrefix + subject));
        }
        fields.put("IsCancelled", XmlNode.leaf("IsCancelled", "true"));
        fields.put("LegacyFreeBusyStatus", XmlNode.leaf("LegacyFreeBusyStatus", "Free"));
        return Optional.of(mailbox.updateItem(existing.get().number(), -1, update(derive(fields))));
    }

    /** Records the attendee's own response on the item: its status, its busy time, when. */
    ItemState respond(ItemState item, String responseType, java.time.Instant now)
            throws ItemOperationException, EwsError {
        Map<String, XmlNode> fields = new LinkedHashMap<>(item.pim().fields());
        fields.put("MyResponseType", XmlNode.leaf("MyResponseType", responseType));
        fields.put("AppointmentReplyTime", XmlNode.leaf("AppointmentReplyTime", ItemWriter.time(now)));
        String intended = fields.containsKey("IntendedFreeBusyStatus") ? fields.get("IntendedFreeBusyStatus").text()
                : "Busy";
        fields.put("LegacyFreeBusyStatus", XmlNode.leaf("LegacyFreeBusyStatus",
                responseType.equals("Tentative") ? "Tentative" : intended));
        return mailbox.updateItem(item.number(), -1, update(derive(fields)));
    }

    private PimData derive(Map<String, XmlNode> fields) throws EwsError {
        new PimDefaults(attendee, store.directory(), store.clock().instant()).derive(PimSchema.CALENDAR_ITEM, fields);
        return new PimData(PimSchema.CALENDAR_ITEM.element(), PimSchema.CALENDAR_ITEM.itemClass(), fields);
    }

    private static ItemUpdate update(PimData pim) {
        return ItemUpdate.builder().pim(pim).subject(pim.text("Subject").orElse("")).importance(importance(pim)).build();
    }

    private static Importance importance(PimData pim) {
        return Importance.byEwsName(pim.text("Importance").orElse("Normal")).orElse(Importance.NORMAL);
    }
}
