package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.SimulatorStore;

/** CopyItem: items get a new id and the target folder's next article numbers. */
public final class CopyItemOperation implements EwsOperation {
    private final SimulatorStore store;

    public CopyItemOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "CopyItem";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        ItemRelocation.execute(store, call, out, name(), false);
    }
}
