package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.SimulatorStore;

/** MoveItem: items get a new id and the target folder's next article numbers. */
public final class MoveItemOperation implements EwsOperation {
    private final SimulatorStore store;

    public MoveItemOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "MoveItem";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        ItemRelocation.execute(store, call, out, name(), true);
    }
}
