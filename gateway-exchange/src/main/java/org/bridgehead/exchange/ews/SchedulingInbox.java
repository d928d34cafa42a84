package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.item.MeetingMessage;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.core.service.schema.MeetingMessageSchema;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.search.ItemView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.PimItem;

/**
 * The RFC 6638 scheduling inbox: the meeting requests and cancellations in the user's Inbox
 * (IPM.Schedule.Meeting.Request / .Canceled), each shown as the iTIP message of the calendar item
 * Exchange made for it: one FindItem, then one batched GetItem for the messages' calendar items
 * (FindItem cannot return them) and one for those items.
 */
final class SchedulingInbox {

    private static final String REQUEST = "IPM.Schedule.Meeting.Request";
    private static final String CANCELED = "IPM.Schedule.Meeting.Canceled";
    /** Far more waiting invitations than anyone has. */
    private static final int MOST = 500;
    private static final PropertySet FOUND = new PropertySet(BasePropertySet.IdOnly, ItemSchema.ItemClass);
    private static final PropertySet MESSAGES = new PropertySet(BasePropertySet.IdOnly, ItemSchema.ItemClass,
            MeetingMessageSchema.AssociatedAppointmentId);

    private final MailContext context;
    private final EventItems events;

    SchedulingInbox(MailContext context, EventItems events) {
        this.context = context;
        this.events = events;
    }

    /** A waiting message: its resource name, its id, and the calendar item it is about. */
    private record Message(String name, ItemId id, String changeKey, ItemId appointment, boolean cancel) {
    }

    List<PimItem> items() throws BackendException {
        List<Message> messages = messages();
        List<ItemId> appointments = new ArrayList<>();
        messages.forEach(m -> appointments.add(m.appointment()));
        Map<String, Appointment> loaded = new HashMap<>();
        for (List<ItemId> batch : Batches.of(appointments, EventItems.BATCH)) {
            var responses = context.call("GetItem", () -> context.service().bindToItems(batch, events.shape()));
            for (GetItemResponse response : responses) {
                // the item of a request answered meanwhile (declined) is gone: its request is not shown
                if (MailContext.succeeded(response) && response.getItem() instanceof Appointment appointment) {
                    loaded.put(EventConverter.optional(appointment::getId).getUniqueId(), appointment);
                }
            }
        }
        List<PimItem> items = new ArrayList<>();
        for (Message message : messages) {
            Appointment appointment = loaded.get(message.appointment().getUniqueId());
            if (appointment != null) {
                items.add(new PimItem(new ItemRef(message.name(), message.id().getUniqueId(), message.changeKey()),
                        events.message(appointment, message.cancel() ? "CANCEL" : "REQUEST")));
            }
        }
        return items;
    }

    void delete(String resourceName) throws BackendException {
        Message message = messages().stream().filter(m -> m.name().equals(resourceName)).findFirst()
                .orElseThrow(() -> new NotFoundException("No scheduling message " + resourceName, null));
        context.call("DeleteItem", () -> {
            context.service().deleteItems(List.of(message.id()), DeleteMode.MoveToDeletedItems, null, null);
            return null;
        });
    }

    private List<Message> messages() throws BackendException {
        var found = context.call("FindItem", () -> {
            ItemView view = new ItemView(MOST);
            view.setPropertySet(FOUND);
            SearchFilter meetings = new SearchFilter.SearchFilterCollection(
                    microsoft.exchange.webservices.data.core.enumeration.search.LogicalOperator.Or,
                    new SearchFilter.IsEqualTo(ItemSchema.ItemClass, REQUEST),
                    new SearchFilter.IsEqualTo(ItemSchema.ItemClass, CANCELED));
            return context.service().findItems(new FolderId(WellKnownFolderName.Inbox), meetings, view);
        });
        List<ItemId> ids = new ArrayList<>();
        try {
            for (Item item : found.getItems()) {
                ids.add(item.getId());
            }
        } catch (Exception e) {
            throw context.failure(e);
        }
        List<Item> loaded = new ArrayList<>();
        for (List<ItemId> batch : Batches.of(ids, EventItems.BATCH)) {
            var responses = context.call("GetItem", () -> context.service().bindToItems(batch, MESSAGES));
            for (GetItemResponse response : responses) {
                if (MailContext.succeeded(response)) {
                    loaded.add(response.getItem());
                }
            }
        }
        List<Message> messages = new ArrayList<>();
        try {
            for (Item item : loaded) {
                String itemClass = item.getItemClass();
                ItemId appointment = item instanceof MeetingMessage meeting
                        ? EventConverter.optional(meeting::getAssociatedAppointmentId) : null;
                if (appointment == null) {
                    continue;
                }
                messages.add(new Message(PimIndex.derivedName(item.getId().getUniqueId(), CollectionKind.CALENDAR),
                        item.getId(), item.getId().getChangeKey(), appointment,
                        itemClass != null && itemClass.startsWith(CANCELED)));
            }
        } catch (Exception e) {
            throw context.failure(e);
        }
        return messages;
    }
}
