package org.bridgehead.smtp.exchange;

import java.util.concurrent.atomic.AtomicBoolean;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;

/**
 * One simulator operation that answers ErrorServerBusy, as a throttled Exchange does, while
 * switched on, and works normally otherwise.
 */
final class ThrottlingSwitch implements EwsOperation {

    private final EwsOperation operation;
    private final AtomicBoolean throttling = new AtomicBoolean();

    ThrottlingSwitch(EwsOperation operation) {
        this.operation = operation;
    }

    void throttle(boolean on) {
        throttling.set(on);
    }

    @Override
    public String name() {
        return operation.name();
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        if (throttling.get()) {
            throw new SoapFaultException("a:ErrorServerBusy", "ErrorServerBusy",
                    "The server cannot service this request right now. Try again later.");
        }
        operation.execute(call, out);
    }
}
