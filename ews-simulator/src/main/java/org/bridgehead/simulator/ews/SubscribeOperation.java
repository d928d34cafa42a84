package org.bridgehead.simulator.ews;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.simulator.notify.EventFilter;
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
 * Subscribe with a PullSubscriptionRequest (answered with SubscriptionId and Watermark) or a
 * StreamingSubscriptionRequest (SubscriptionId only), on FolderIds or SubscribeToAllFolders.
 * Push subscriptions need a callback web service the simulator cannot reach: ErrorInvalidRequest.
 */
public final class SubscribeOperation implements EwsOperation {
    private static final int MAX_TIMEOUT_MINUTES = 1440;

    private final SimulatorStore store;
    private final Subscriptions subscriptions;

    public SubscribeOperation(SimulatorStore store, Subscriptions subscriptions) {
        this.store = store;
        this.subscriptions = subscriptions;
    }

    @Override
    public String name() {
        return "Subscribe";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        Optional<Element> pull = Dom.child(request, "PullSubscriptionRequest");
        Optional<Element> streaming = Dom.child(request, "StreamingSubscriptionRequest");
        Element subscription = pull.or(() -> streaming).orElse(null);
        ResponseMessages messages = ResponseMessages.open(out, name());
        try {
            if (subscription == null) {
                if (Dom.child(request, "PushSubscriptionRequest").isEmpty()) {
                    throw Dom.schemaViolation("Subscribe requires a subscription request");
                }
                throw EwsError.invalidRequest("The simulator offers pull and streaming subscriptions only.");
            }
            SubscriptionKind kind = pull.isPresent() ? SubscriptionKind.PULL : SubscriptionKind.STREAMING;
            EventFilter filter = filter(call, subscription);
            int timeout = kind == SubscriptionKind.PULL ? timeout(subscription) : 0;
            Long from = null;
            Optional<String> watermark = Dom.childText(subscription, "Watermark");
            if (kind == SubscriptionKind.PULL && watermark.isPresent() && !watermark.get().isEmpty()) {
                from = Watermarks.decode(watermark.get());
            }
            Subscriptions.Subscribed subscribed = subscriptions.subscribe(call.account(), kind, filter, timeout, from);
            messages.success().element("m:SubscriptionId", subscribed.subscription().id());
            if (kind == SubscriptionKind.PULL) {
                out.element("m:Watermark", Watermarks.encode(subscribed.watermark()));
            }
            messages.end();
        } catch (EwsError e) {
            messages.error(e);
        } catch (SubscriptionException e) {
            messages.error(new EwsError(e.responseCode(), e.getMessage()));
        }
        messages.close();
    }

    private EventFilter filter(EwsCall call, Element subscription) throws EwsError, SoapFaultException {
        boolean all = Dom.booleanAttribute(subscription, "SubscribeToAllFolders", false);
        Optional<Element> folderIds = Dom.child(subscription, "FolderIds");
        if (all == folderIds.isPresent()) {
            throw new EwsError("ErrorInvalidSubscriptionRequest",
                    "Give either FolderIds or SubscribeToAllFolders=\"true\".");
        }
        Set<Long> folders = new HashSet<>();
        if (folderIds.isPresent()) {
            FolderLocator locator = new FolderLocator(store, call.account());
            for (Element id : FolderLocator.idElements(folderIds.get())) {
                folders.add(locator.locate(id).number());
            }
        }
        Set<MailboxEvent.Type> types = EnumSet.noneOf(MailboxEvent.Type.class);
        for (Element type : Dom.children(Dom.required(subscription, "EventTypes"), "EventType")) {
            String name = type.getTextContent().trim();
            switch (name) {
                case "CopiedEvent" -> types.add(MailboxEvent.Type.COPIED);
                case "CreatedEvent" -> types.add(MailboxEvent.Type.CREATED);
                case "DeletedEvent" -> types.add(MailboxEvent.Type.DELETED);
                case "ModifiedEvent" -> types.add(MailboxEvent.Type.MODIFIED);
                case "MovedEvent" -> types.add(MailboxEvent.Type.MOVED);
                case "NewMailEvent" -> types.add(MailboxEvent.Type.NEW_MAIL);
                case "FreeBusyChangedEvent" -> {
                    // calendars are not simulated: nothing will ever fire it
                }
                default -> throw Dom.schemaViolation("unknown EventType " + name);
            }
        }
        return new EventFilter(all, folders, types);
    }

    private static int timeout(Element subscription) throws SoapFaultException {
        String text = Dom.childText(subscription, "Timeout")
                .orElseThrow(() -> Dom.schemaViolation("PullSubscriptionRequest requires Timeout"));
        try {
            int minutes = Integer.parseInt(text);
            if (minutes >= 1 && minutes <= MAX_TIMEOUT_MINUTES) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range value
        }
        throw Dom.schemaViolation("Timeout must be 1.." + MAX_TIMEOUT_MINUTES + " minutes: " + text);
    }
}
