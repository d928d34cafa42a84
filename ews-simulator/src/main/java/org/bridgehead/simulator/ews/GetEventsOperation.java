package org.bridgehead.simulator.ews;

import java.util.List;
import org.bridgehead.simulator.notify.Subscription;
import org.bridgehead.simulator.notify.SubscriptionException;
import org.bridgehead.simulator.notify.SubscriptionKind;
import org.bridgehead.simulator.notify.Subscriptions;
import org.bridgehead.simulator.notify.Watermarks;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.MailboxEvent;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * GetEvents on a pull subscription: the events after the given watermark (the last one the client
 * received), at most {@value #MAX_EVENTS} with MoreEvents telling whether others wait, or one
 * StatusEvent carrying the latest watermark when nothing happened. Every poll restarts the
 * subscription's timeout.
 */
public final class GetEventsOperation implements EwsOperation {
    /** Events per response, as Exchange pages them. */
    static final int MAX_EVENTS = 50;

    private final SimulatorStore store;
    private final Subscriptions subscriptions;

    public GetEventsOperation(SimulatorStore store, Subscriptions subscriptions) {
        this.store = store;
        this.subscriptions = subscriptions;
    }

    @Override
    public String name() {
        return "GetEvents";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        String id = Dom.childText(request, "SubscriptionId")
                .orElseThrow(() -> Dom.schemaViolation("GetEvents requires SubscriptionId"));
        String previous = Dom.childText(request, "Watermark")
                .orElseThrow(() -> Dom.schemaViolation("GetEvents requires Watermark"));
        ResponseMessages messages = ResponseMessages.open(out, name());
        try {
            long acknowledged = Watermarks.decode(previous);
            Subscription subscription = subscriptions.find(call.account(), id, SubscriptionKind.PULL);
            List<MailboxEvent> events = subscription.poll(acknowledged, MAX_EVENTS);
            boolean more = subscription.hasMoreThan(events.size());
            NotificationWriter writer = new NotificationWriter(store.mailbox(call.account()));
            messages.success().start("m:Notification")
                    .element("t:SubscriptionId", subscription.id())
                    .element("t:PreviousWatermark", previous)
                    .element("t:MoreEvents", more);
            if (events.isEmpty()) {
                NotificationWriter.writeStatus(out, Math.max(acknowledged, subscription.latestWatermark()));
            }
            for (MailboxEvent event : events) {
                writer.write(out, event, true);
            }
            out.end();
            messages.end();
        } catch (SubscriptionException e) {
            messages.error(new EwsError(e.responseCode(), e.getMessage()));
        }
        messages.close();
    }
}
