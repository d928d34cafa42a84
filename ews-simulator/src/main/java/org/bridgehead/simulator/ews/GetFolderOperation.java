package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/** GetFolder: one response message per requested folder id, in request order. */
public final class GetFolderOperation implements EwsOperation {
    private final SimulatorStore store;

    public GetFolderOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "GetFolder";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        FolderShape shape = FolderShape.read(Dom.child(request, "FolderShape"));
        Element folderIds = Dom.required(request, "FolderIds");
        FolderLocator locator = new FolderLocator(store, call.account());
        FolderWriter writer = new FolderWriter(locator.mailbox(), call.requestVersion());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element id : FolderLocator.idElements(folderIds)) {
            try {
                FolderState folder = locator.locate(id);
                messages.success().start("m:Folders");
                writer.write(out, folder, shape);
                out.end();
                messages.end();
            } catch (EwsError e) {
                messages.error(e);
            }
        }
        messages.close();
    }
}
