package org.bridgehead.simulator.ews;

import java.util.Optional;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FlagStatus;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.ItemUpdate;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * SendItem: sends stored messages (drafts); with SaveItemToFolder the sent message moves to
 * SavedItemFolderId (by default Sent Items), otherwise it is removed.
 */
public final class SendItemOperation implements EwsOperation {
    private final SimulatorStore store;

    public SendItemOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "SendItem";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        boolean save = Dom.booleanAttribute(request, "SaveItemToFolder", true);
        Optional<Element> savedFolderId = Dom.child(request, "SavedItemFolderId");
        ItemLocator locator = new ItemLocator(store, call.account());
        FolderLocator folders = new FolderLocator(store, call.account());
        Mailbox mailbox = locator.mailbox();
        MessageSubmission submission = new MessageSubmission(store, call.account());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element id : Dom.children(Dom.required(request, "ItemIds"))) {
            try {
                ItemState item = locator.locate(id);
                OutgoingMessage message = new OutgoingMessage(Optional.of(item.mime()), null, Optional.empty(),
                        Optional.empty(), Optional.empty(), null, null, false, ItemUpdate.builder().build());
                MessageSubmission.Prepared p = submission.prepare(message, true);
                long folder = !save ? 0 : savedFolderId.isPresent() ? folders.locateIn(savedFolderId.get()).number()
                        : mailbox.folder(DistinguishedFolder.SENT_ITEMS).number();
                // sent first: when the relay fails the draft stays and nothing was delivered, so a retry is safe
                submission.send(p);
                if (save) {
                    mailbox.createItem(folder, new NewItem(p.mime(), true, false, FlagStatus.NOT_FLAGGED,
                            item.categories(), item.importance(), null, item.extendedProperties()));
                }
                mailbox.deleteItem(item.number());
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
