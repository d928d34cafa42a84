package org.bridgehead.simulator.ews;

import java.util.List;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.ItemUpdate;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * DeleteItem: HardDelete removes the item; SoftDelete moves it to Recoverable Items\Deletions;
 * MoveToDeletedItems moves it to Deleted Items (where it gets a new id and article number), or
 * soft-deletes it when it is there already. Deleting a meeting one organizes with
 * SendOnlyToAll or SendToAllAndSaveCopy first sends its attendees a cancellation.
 */
public final class DeleteItemOperation implements EwsOperation {
    private final SimulatorStore store;

    public DeleteItemOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "DeleteItem";
    }

    /** Exchange wants to be told what to do about meeting cancellations and task occurrences. */
    private static void checkPimAttributes(Element request, ItemState item) throws EwsError, SoapFaultException {
        if (item.isMessage()) {
            return;
        }
        if (item.pim().type().equals("CalendarItem")) {
            if (!request.hasAttribute("SendMeetingCancellations")) {
                throw new EwsError("ErrorSendMeetingCancellationsRequired",
                        "SendMeetingCancellations attribute is required for calendar items.");
            }
            Dom.choiceAttribute(request, "SendMeetingCancellations", "",
                    List.of("SendToNone", "SendOnlyToAll", "SendToAllAndSaveCopy"));
        } else if (item.pim().type().equals("Task")) {
            if (!request.hasAttribute("AffectedTaskOccurrences")) {
                throw new EwsError("ErrorAffectedTaskOccurrencesRequired",
                        "AffectedTaskOccurrences attribute is required for task items.");
            }
            Dom.choiceAttribute(request, "AffectedTaskOccurrences", "",
                    List.of("AllOccurrences", "SpecifiedOccurrenceOnly"));
        }
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        String deleteType = Dom.attribute(request, "DeleteType")
                .orElseThrow(() -> Dom.schemaViolation("DeleteItem requires DeleteType"));
        if (!List.of("HardDelete", "SoftDelete", "MoveToDeletedItems").contains(deleteType)) {
            throw Dom.schemaViolation("unknown DeleteType " + deleteType);
        }
        ItemLocator locator = new ItemLocator(store, call.account());
        Mailbox mailbox = locator.mailbox();
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element id : Dom.children(Dom.required(request, "ItemIds"))) {
            try {
                ItemState item = locator.locate(id);
                checkPimAttributes(request, item);
                String cancellations = request.getAttribute("SendMeetingCancellations");
                MeetingOrganizer organizer = new MeetingOrganizer(store, call.account());
                if (!Occurrences.isOccurrence(item) && List.of("SendOnlyToAll", "SendToAllAndSaveCopy")
                        .contains(cancellations) && organizer.organizes(item)) {
                    organizer.cancel(item, null, cancellations.equals("SendToAllAndSaveCopy"));
                }
                long deletedItems = mailbox.folder(DistinguishedFolder.DELETED_ITEMS).number();
                long deletions = mailbox.folder(DistinguishedFolder.RECOVERABLE_ITEMS_DELETIONS).number();
                if (Occurrences.isOccurrence(item)) {
                    ItemState master = mailbox.item(item.number()).orElseThrow(EwsError::itemNotFound);
                    mailbox.updateItem(item.number(), -1, ItemUpdate.builder()
                            .pim(Occurrences.withDeleted(master.pim(), Occurrences.originalStart(item))).build());
                    messages.success();
                    messages.end();
                    continue;
                }
                switch (deleteType) {
                    case "HardDelete" -> mailbox.deleteItem(item.number());
                    case "SoftDelete" -> mailbox.moveItem(item.number(), deletions);
                    default -> mailbox.moveItem(item.number(),
                            item.folderNumber() == deletedItems ? deletions : deletedItems);
                }
                messages.success();
                messages.end();
            } catch (EwsError e) {
                messages.error(e);
            } catch (ItemOperationException e) {
                messages.error(ItemLocator.error(e));
            }
        }
        messages.close();
    }
}
