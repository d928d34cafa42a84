package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/** GetItem: one response message per requested item id, in request order. */
public final class GetItemOperation implements EwsOperation {
    private final SimulatorStore store;

    public GetItemOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "GetItem";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        ItemShape shape = ItemShape.read(Dom.child(request, "ItemShape"));
        Element itemIds = Dom.required(request, "ItemIds");
        ItemLocator locator = new ItemLocator(store, call.account());
        ItemWriter writer = new ItemWriter(locator.mailbox(), call.requestVersion());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element id : Dom.children(itemIds)) {
            try {
                ItemState item = locator.locate(id);
                messages.success().start("m:Items");
                writer.write(out, item, shape, true);
                out.end();
                messages.end();
            } catch (EwsError e) {
                messages.error(e);
            }
        }
        messages.close();
    }
}
