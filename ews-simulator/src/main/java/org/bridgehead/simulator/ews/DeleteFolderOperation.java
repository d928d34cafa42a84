package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * DeleteFolder: HardDelete removes the folder and its subtree, SoftDelete moves it to Recoverable
 * Items\Deletions and MoveToDeletedItems to Deleted Items, as Exchange does.
 */
public final class DeleteFolderOperation implements EwsOperation {
    private final SimulatorStore store;

    public DeleteFolderOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "DeleteFolder";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        String deleteType = Dom.attribute(request, "DeleteType")
                .orElseThrow(() -> Dom.schemaViolation("DeleteFolder requires DeleteType"));
        if (!deleteType.equals("HardDelete") && !deleteType.equals("SoftDelete")
                && !deleteType.equals("MoveToDeletedItems")) {
            throw Dom.schemaViolation("unknown DeleteType " + deleteType);
        }
        Element folderIds = Dom.required(request, "FolderIds");
        FolderLocator locator = new FolderLocator(store, call.account());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element id : FolderLocator.idElements(folderIds)) {
            try {
                delete(locator.mailbox(), locator.locate(id), deleteType);
                messages.success();
                messages.end();
            } catch (EwsError e) {
                messages.error(e);
            } catch (FolderOperationException e) {
                messages.error(EwsError.of(e));
            }
        }
        messages.close();
    }

    private static void delete(Mailbox mailbox, FolderState folder, String deleteType)
            throws FolderOperationException {
        switch (deleteType) {
            case "HardDelete" -> mailbox.delete(folder.number());
            case "SoftDelete" -> mailbox.moveForDeletion(folder.number(), DistinguishedFolder.RECOVERABLE_ITEMS_DELETIONS);
            default -> mailbox.moveForDeletion(folder.number(), DistinguishedFolder.DELETED_ITEMS);
        }
    }
}
