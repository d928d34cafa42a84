package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * The shared body of MoveItem and CopyItem: each item goes to m:ToFolderId and, unless
 * ReturnNewItemIds is false, its new id is returned.
 */
final class ItemRelocation {
    private ItemRelocation() {
    }

    static void execute(SimulatorStore store, EwsCall call, XmlWriter out, String operation, boolean move)
            throws SoapFaultException {
        Element request = call.request();
        Element toFolder = Dom.required(request, "ToFolderId");
        boolean returnIds = Dom.booleanChild(request, "ReturnNewItemIds", true);
        ItemLocator locator = new ItemLocator(store, call.account());
        FolderLocator folders = new FolderLocator(store, call.account());
        ItemWriter writer = new ItemWriter(locator.mailbox(), call.requestVersion());
        ResponseMessages messages = ResponseMessages.open(out, operation);
        for (Element id : Dom.children(Dom.required(request, "ItemIds"))) {
            try {
                FolderState target = folders.locateIn(toFolder);
                ItemState item = locator.locate(id);
                if (Occurrences.isOccurrence(item)) {
                    throw new EwsError("ErrorCalendarCannotMoveOrCopyOccurrence",
                            "Cannot move or copy an occurrence of a recurring calendar item.");
                }
                ItemState placed = move
                        ? locator.mailbox().moveItem(item.number(), target.number())
                        : locator.mailbox().copyItem(item.number(), target.number());
                messages.success().start("m:Items");
                if (returnIds) {
                    writer.writeIdOnly(out, placed);
                }
                out.end();
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
