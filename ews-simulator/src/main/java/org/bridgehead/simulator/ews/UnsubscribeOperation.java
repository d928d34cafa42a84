package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.notify.SubscriptionException;
import org.bridgehead.simulator.notify.Subscriptions;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;

/** Unsubscribe: ends one of the caller's pull or streaming subscriptions. */
public final class UnsubscribeOperation implements EwsOperation {
    private final Subscriptions subscriptions;

    public UnsubscribeOperation(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String name() {
        return "Unsubscribe";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        String id = Dom.childText(call.request(), "SubscriptionId")
                .orElseThrow(() -> Dom.schemaViolation("Unsubscribe requires SubscriptionId"));
        ResponseMessages messages = ResponseMessages.open(out, name());
        try {
            subscriptions.unsubscribe(call.account(), id);
            messages.success();
            messages.end();
        } catch (SubscriptionException e) {
            messages.error(new EwsError(e.responseCode(), e.getMessage()));
        }
        messages.close();
    }
}
