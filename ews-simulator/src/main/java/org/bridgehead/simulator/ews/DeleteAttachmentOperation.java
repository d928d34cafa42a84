package org.bridgehead.simulator.ews;

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
 * DeleteAttachment: removes attachments of calendar items, tasks and contacts by id, answering
 * each with the parent's id and new change key (m:RootItemId). Removing a contact's picture clears
 * HasPicture. Message attachments live in the message's MIME and are refused.
 */
public final class DeleteAttachmentOperation implements EwsOperation {
    private final SimulatorStore store;

    public DeleteAttachmentOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "DeleteAttachment";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element ids = Dom.required(call.request(), "AttachmentIds");
        ItemLocator locator = new ItemLocator(store, call.account());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element id : Dom.children(ids)) {
            try {
                EwsIds.AttachmentRef ref = EwsIds.decodeAttachmentId(id.getAttribute("Id"));
                locator.checkOwner(ref.item());
                ItemState item = locator.mailbox().item(ref.item().number()).orElseThrow(EwsError::itemNotFound);
                if (item.pim() == null) {
                    throw EwsError.invalidRequest("The simulator deletes attachments of calendar items, tasks and"
                            + " contacts only.");
                }
                if (PimAttachments.find(item.pim(), ref.index()).isEmpty()) {
                    throw EwsError.itemNotFound();
                }
                ItemState updated = locator.mailbox().updateItem(item.number(), -1,
                        ItemUpdate.builder().pim(PimAttachments.without(item.pim(), ref.index())).build());
                messages.success();
                out.start("m:RootItemId")
                        .attr("RootItemId", EwsIds.itemId(locator.mailbox().address(), locator.mailbox().guid(),
                                updated.number()))
                        .attr("RootItemChangeKey", EwsIds.changeKey(locator.mailbox().guid(), updated.changeNumber()))
                        .end();
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
