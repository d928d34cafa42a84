package org.bridgehead.simulator.ews;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bridgehead.simulator.notify.NotificationSettings;
import org.bridgehead.simulator.notify.Subscription;
import org.bridgehead.simulator.notify.SubscriptionException;
import org.bridgehead.simulator.notify.SubscriptionKind;
import org.bridgehead.simulator.notify.Subscriptions;
import org.bridgehead.simulator.notify.Wakeup;
import org.bridgehead.simulator.soap.EnvelopeStream;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.StreamingEwsOperation;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.MailboxEvent;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * GetStreamingEvents: holds the response open for ConnectionTimeout minutes (1..30) and sends an
 * envelope with the notifications as soon as events happen, ConnectionStatus OK at once and then
 * whenever the connection was idle for the keep-alive interval, and ConnectionStatus Closed at the
 * end. Unknown, foreign, expired or pull subscription ids end the request with an error that lists
 * them in ErrorSubscriptionIds; past the connection limits the answer is ErrorExceededConnectionCount.
 */
public final class GetStreamingEventsOperation implements StreamingEwsOperation {
    private static final int MAX_CONNECTION_TIMEOUT_MINUTES = 30;

    private final SimulatorStore store;
    private final Subscriptions subscriptions;

    public GetStreamingEventsOperation(SimulatorStore store, Subscriptions subscriptions) {
        this.store = store;
        this.subscriptions = subscriptions;
    }

    @Override
    public String name() {
        return "GetStreamingEvents";
    }

    /** Reached only through a transport that cannot stream; the HTTP handler calls {@link #stream}. */
    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        throw new SoapFaultException("a:ErrorInvalidRequest", "ErrorInvalidRequest",
                "GetStreamingEvents needs a streaming HTTP response.");
    }

    @Override
    public void stream(EwsCall call, EnvelopeStream out) throws SoapFaultException, IOException, InterruptedException {
        Element request = call.request();
        List<String> ids = subscriptionIds(request);
        int minutes = connectionTimeout(request);
        Map<String, SubscriptionException> refused = new LinkedHashMap<>();
        List<Subscription> mine = new ArrayList<>();
        for (String id : ids) {
            try {
                mine.add(subscriptions.find(call.account(), id, SubscriptionKind.STREAMING));
            } catch (SubscriptionException e) {
                refused.put(id, e);
            }
        }
        if (!refused.isEmpty()) {
            SubscriptionException first = refused.values().iterator().next();
            out.send(xml -> error(xml, first.responseCode(), first.getMessage(), List.copyOf(refused.keySet())));
            return;
        }
        try {
            subscriptions.openConnection(call.account());
        } catch (SubscriptionException e) {
            out.send(xml -> error(xml, e.responseCode(), e.getMessage(), List.of()));
            return;
        }
        Wakeup wakeup = new Wakeup();
        mine.forEach(s -> s.attach(wakeup));
        try {
            hold(out, mine, wakeup, minutes, new NotificationWriter(store.mailbox(call.account())));
        } finally {
            mine.forEach(s -> s.detach(wakeup));
            subscriptions.closeConnection(call.account());
        }
    }

    private void hold(EnvelopeStream out, List<Subscription> mine, Wakeup wakeup, int minutes,
                      NotificationWriter writer) throws IOException, InterruptedException {
        NotificationSettings settings = subscriptions.settings();
        long keepAliveNanos = TimeUnit.MILLISECONDS.toNanos(settings.keepAliveMillis());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(minutes * settings.minuteMillis());
        out.send(xml -> status(xml, "OK")); // at once: the client's open() waits for the first bytes
        long nextKeepAlive = System.nanoTime() + keepAliveNanos;
        while (true) {
            long wakeAt = deadline - nextKeepAlive < 0 ? deadline : nextKeepAlive;
            wakeup.await(wakeAt);
            Collected collected = collect(mine, wakeup);
            long now = System.nanoTime();
            if (!collected.events().isEmpty()) {
                out.send(xml -> notifications(xml, collected.events(), writer));
                nextKeepAlive = now + keepAliveNanos;
            }
            if (collected.failure() != null) {
                SubscriptionException e = collected.failure();
                out.send(xml -> error(xml, e.responseCode(), e.getMessage(), collected.failed()));
                return;
            }
            if (now - deadline >= 0) {
                out.send(xml -> status(xml, "Closed"));
                return;
            }
            if (now - nextKeepAlive >= 0) {
                out.send(xml -> status(xml, "OK"));
                nextKeepAlive = now + keepAliveNanos;
            }
        }
    }

    /** What one wake-up found: events per subscription id, or subscriptions that missed events. */
    private record Collected(Map<String, List<MailboxEvent>> events, List<String> failed,
                             SubscriptionException failure) {
    }

    private static Collected collect(List<Subscription> mine, Wakeup wakeup) {
        Map<String, List<MailboxEvent>> events = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        SubscriptionException failure = null;
        for (Subscription s : mine) {
            try {
                List<MailboxEvent> drained = s.drain(wakeup);
                if (!drained.isEmpty()) {
                    events.put(s.id(), drained);
                }
            } catch (SubscriptionException e) {
                failed.add(s.id());
                failure = e;
            }
        }
        return new Collected(events, failed, failure);
    }

    private static void status(XmlWriter xml, String connectionStatus) {
        ResponseMessages messages = ResponseMessages.open(xml, "GetStreamingEvents");
        messages.success().element("m:ConnectionStatus", connectionStatus);
        messages.end();
        messages.close();
    }

    private static void notifications(XmlWriter xml, Map<String, List<MailboxEvent>> batch, NotificationWriter writer) {
        ResponseMessages messages = ResponseMessages.open(xml, "GetStreamingEvents");
        messages.success().start("m:Notifications");
        batch.forEach((id, events) -> {
            xml.start("m:Notification").element("t:SubscriptionId", id);
            events.forEach(e -> writer.write(xml, e, false));
            xml.end();
        });
        xml.end();
        messages.end();
        messages.close();
    }

    private static void error(XmlWriter xml, String code, String text, List<String> subscriptionIds) {
        xml.start("m:GetStreamingEventsResponse")
                .attr("xmlns:m", EwsNamespaces.MESSAGES)
                .attr("xmlns:t", EwsNamespaces.TYPES);
        xml.start("m:ResponseMessages");
        xml.start("m:GetStreamingEventsResponseMessage").attr("ResponseClass", "Error")
                .element("m:MessageText", text)
                .element("m:ResponseCode", code)
                .element("m:DescriptiveLinkKey", 0);
        if (!subscriptionIds.isEmpty()) {
            xml.start("m:ErrorSubscriptionIds");
            subscriptionIds.forEach(id -> xml.element("m:SubscriptionId", id));
            xml.end();
        }
        xml.end().end().end();
    }

    /** The ids in SubscriptionIds (Exchange 2010 SP1 on) or directly under the request (its first draft). */
    private static List<String> subscriptionIds(Element request) throws SoapFaultException {
        List<Element> elements = new ArrayList<>(Dom.children(request, "SubscriptionId"));
        Dom.child(request, "SubscriptionIds").ifPresent(c -> elements.addAll(Dom.children(c, "SubscriptionId")));
        List<String> ids = elements.stream().map(e -> e.getTextContent().trim()).distinct().toList();
        if (ids.isEmpty()) {
            throw Dom.schemaViolation("GetStreamingEvents requires SubscriptionIds");
        }
        return ids;
    }

    private static int connectionTimeout(Element request) throws SoapFaultException {
        String text = Dom.childText(request, "ConnectionTimeout")
                .orElseThrow(() -> Dom.schemaViolation("GetStreamingEvents requires ConnectionTimeout"));
        try {
            int minutes = Integer.parseInt(text);
            if (minutes >= 1 && minutes <= MAX_CONNECTION_TIMEOUT_MINUTES) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range value
        }
        throw Dom.schemaViolation("ConnectionTimeout must be 1.." + MAX_CONNECTION_TIMEOUT_MINUTES + ": " + text);
    }
}
