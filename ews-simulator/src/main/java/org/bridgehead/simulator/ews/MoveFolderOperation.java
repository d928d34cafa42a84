package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/** MoveFolder: moves each folder under m:ToFolderId and answers its id and new change key. */
public final class MoveFolderOperation implements EwsOperation {
    private final SimulatorStore store;

    public MoveFolderOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "MoveFolder";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        Element toFolderId = Dom.required(request, "ToFolderId");
        Element folderIds = Dom.required(request, "FolderIds");
        FolderLocator locator = new FolderLocator(store, call.account());
        FolderWriter writer = new FolderWriter(locator.mailbox(), call.requestVersion());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element id : FolderLocator.idElements(folderIds)) {
            FolderIdResponse.write(messages, writer, out, () -> {
                FolderState target = locator.locateIn(toFolderId);
                return locator.mailbox().move(locator.locate(id).number(), target.number());
            });
        }
        messages.close();
    }
}
