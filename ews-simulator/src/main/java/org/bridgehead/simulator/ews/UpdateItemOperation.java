package org.bridgehead.simulator.ews;

import java.util.List;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.ItemUpdate;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * UpdateItem: each t:ItemChange is applied as one change and answered with the new change key.
 * NeverOverwrite refuses a stale change key (ErrorIrresolvableConflict); AutoResolve and
 * AlwaysOverwrite apply the change regardless, as Exchange does when no property conflicts. A
 * change to a meeting one organizes sends updates as SendMeetingInvitationsOrCancellations says.
 */
public final class UpdateItemOperation implements EwsOperation {
    private final SimulatorStore store;

    public UpdateItemOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "UpdateItem";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        String conflictResolution = Dom.choiceAttribute(request, "ConflictResolution", "AutoResolve",
                List.of("NeverOverwrite", "AutoResolve", "AlwaysOverwrite"));
        boolean checkChangeKey = "NeverOverwrite".equals(conflictResolution);
        String invitations = Dom.choiceAttribute(request, "SendMeetingInvitationsOrCancellations", "SendToNone",
                List.of("SendToNone", "SendOnlyToAll", "SendOnlyToChanged", "SendToAllAndSaveCopy",
                        "SendToChangedAndSaveCopy"));
        MeetingOrganizer organizer = new MeetingOrganizer(store, call.account());
        List<Element> changes = Dom.children(Dom.required(request, "ItemChanges"), "ItemChange");
        ItemLocator locator = new ItemLocator(store, call.account());
        ItemWriter writer = new ItemWriter(locator.mailbox(), call.requestVersion());
        boolean conflictResults = !call.requestVersion().startsWith("Exchange2007");
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element change : changes) {
            Element id = Dom.required(change, "ItemId");
            Element updates = Dom.required(change, "Updates");
            try {
                ItemState item = locator.locate(id);
                ItemUpdate update = !item.isMessage()
                        ? new PimItems(store, call.account(), EwsTimeZones.context(request)).update(item, updates)
                        : read(updates, item);
                long expected = checkChangeKey ? locator.changeNumber(id) : -1;
                ItemState before = Occurrences.isOccurrence(item)
                        ? locator.mailbox().item(item.number()).orElseThrow(EwsError::itemNotFound) : item;
                ItemState updated = locator.mailbox().updateItem(item.number(), expected, update);
                if (!invitations.equals("SendToNone") && (organizer.organizes(before) || organizer.organizes(updated))) {
                    updated = organizer.update(before, updated, invitations.contains("All"),
                            invitations.endsWith("AndSaveCopy"));
                }
                messages.success().start("m:Items");
                writer.writeIdOnly(out, Occurrences.isOccurrence(item)
                        ? Occurrences.byOriginalStart(updated, Occurrences.originalStart(item)) : updated);
                out.end();
                if (conflictResults) {
                    out.start("m:ConflictResults").element("t:Count", 0).end();
                }
                messages.end();
            } catch (EwsError e) {
                messages.error(e);
            } catch (ItemOperationException e) {
                messages.error(ItemLocator.error(e));
            }
        }
        messages.close();
    }

    private static ItemUpdate read(Element updates, ItemState item) throws SoapFaultException {
        ItemUpdate.Builder update = ItemUpdate.builder();
        for (Element u : Dom.children(updates)) {
            PropertyPath path = PropertyPaths.firstChild(u)
                    .orElseThrow(() -> Dom.schemaViolation(u.getLocalName() + " needs a property"));
            switch (u.getLocalName()) {
                case "DeleteItemField" -> ItemFields.delete(path, update);
                case "SetItemField", "AppendToItemField" -> {
                    Element value = Dom.children(u).stream()
                            .filter(e -> !e.getLocalName().endsWith("FieldURI"))
                            .findFirst()
                            .orElseThrow(() -> Dom.schemaViolation(u.getLocalName() + " needs an item with the value"));
                    List<String> current = update.categories() != null ? update.categories() : item.categories();
                    ItemFields.read(value, update, current, "AppendToItemField".equals(u.getLocalName()));
                }
                default -> throw Dom.schemaViolation("unknown update " + u.getLocalName());
            }
        }
        return update.build();
    }
}
