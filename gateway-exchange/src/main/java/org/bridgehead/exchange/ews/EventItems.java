package org.bridgehead.exchange.ews;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.property.complex.DeletedOccurrenceInfo;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.OccurrenceInfo;
import microsoft.exchange.webservices.data.search.CalendarView;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.pim.ical.CalendarEvent;
import org.bridgehead.exchange.pim.ical.DateOrTime;
import org.bridgehead.exchange.pim.ical.EventReader;
import org.bridgehead.exchange.pim.ical.EventWriter;

/**
 * Calendar items <-> VCALENDARs with VEVENTs. A series is read with its exceptions (one more
 * batched GetItem for all exceptions of all series asked for) and deleted occurrences (EXDATE);
 * written, its exceptions and deleted occurrences are applied to the occurrences Exchange made,
 * found by their original start in one CalendarView. A new series whose exceptions cannot be
 * applied is deleted again, so no half-written event stays behind.
 */
final class EventItems implements ItemBodies {

    private static final PropertySet SHAPE = PimProperties.itemShape(PimProperties.ATTACHMENT_URLS);
    /** OriginalStart cannot be asked for in FindItem: an occurrence not yet changed starts at it. */
    private static final PropertySet OCCURRENCES = new PropertySet(BasePropertySet.IdOnly,
            AppointmentSchema.Start, PimProperties.RESOURCE_NAME);
    /** Exchange's GetItem, UpdateItem and DeleteItem take this many ids per call without complaint. */
    static final int BATCH = 100;

    private final MailContext context;
    private final EventConverter converter;
    private final String owner;

    EventItems(MailContext context, EventConverter converter, String owner) {
        this.context = context;
        this.converter = converter;
        this.owner = owner;
    }

    @Override
    public PropertySet shape() {
        return SHAPE;
    }

    @Override
    public Map<String, String> render(List<Item> items) throws BackendException {
        try {
            Map<String, List<Appointment>> exceptions = exceptionsOf(items);
            Map<String, String> bodies = new LinkedHashMap<>();
            for (Item item : items) {
                if (item instanceof Appointment appointment) {
                    String id = appointment.getId().getUniqueId();
                    bodies.put(id, render(appointment, exceptions.getOrDefault(id, List.of())));
                }
            }
            return bodies;
        } catch (BackendException e) {
            throw e;
        } catch (Exception e) {
            throw context.failure(e);
        }
    }

    /** The exceptions of every series among the items, loaded in batches, by the series' id. */
    private Map<String, List<Appointment>> exceptionsOf(List<Item> items) throws Exception {
        Map<String, String> seriesOf = new HashMap<>();
        List<ItemId> ids = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Appointment appointment) {
                var modified = EventConverter.optional(appointment::getModifiedOccurrences);
                if (modified != null) {
                    for (OccurrenceInfo occurrence : modified) {
                        ids.add(occurrence.getItemId());
                        seriesOf.put(occurrence.getItemId().getUniqueId(), appointment.getId().getUniqueId());
                    }
                }
            }
        }
        Map<String, List<Appointment>> exceptions = new HashMap<>();
        for (List<ItemId> batch : Batches.of(ids, BATCH)) {
            var responses = context.call("GetItem", () -> context.service().bindToItems(batch, SHAPE));
            for (GetItemResponse response : responses) {
                // an exception deleted meanwhile is simply not shown
                if (MailContext.succeeded(response) && response.getItem() instanceof Appointment exception) {
                    String series = seriesOf.get(exception.getId().getUniqueId());
                    if (series != null) {
                        exceptions.computeIfAbsent(series, s -> new ArrayList<>()).add(exception);
                    }
                }
            }
        }
        return exceptions;
    }

    private String render(Appointment appointment, List<Appointment> exceptionItems) throws Exception {
        Optional<String> original = Optional.ofNullable(PimProperties.string(appointment,
                PimProperties.CLIENT_ORIGINAL));
        Optional<CalendarEvent> client = original.flatMap(EventItems::parse);
        ZoneId clientZone = client.map(e -> e.start().date() ? null : e.start().zone()).orElse(null);
        DayOfWeek weekStart = client.flatMap(CalendarEvent::recurrence).map(r -> r.firstDayOfWeek())
                .orElse(DayOfWeek.MONDAY);
        Optional<String> uid = client.map(CalendarEvent::uid);
        CalendarEvent series = converter.read(appointment, owner, clientZone, weekStart, uid, List.of(), List.of());
        List<DateOrTime> deleted = new ArrayList<>();
        var deletedOccurrences = EventConverter.optional(appointment::getDeletedOccurrences);
        if (deletedOccurrences != null && series.recurrence().isPresent()) {
            for (DeletedOccurrenceInfo occurrence : deletedOccurrences) {
                deleted.add(converter.occurrenceStart(occurrence.getOriginalStart(), series));
            }
        }
        List<CalendarEvent> exceptions = new ArrayList<>();
        ZoneId seriesZone = series.allDay() ? null : series.start().zone();
        for (Appointment exception : exceptionItems) {
            exceptions.add(converter.read(exception, owner, seriesZone, weekStart, Optional.of(series.uid()),
                    List.of(), List.of()));
        }
        exceptions.sort((a, b) -> a.recurrenceId().orElseThrow().instant()
                .compareTo(b.recurrenceId().orElseThrow().instant()));
        return EventWriter.write(series.withDeletedOccurrences(deleted).withExceptions(exceptions), original);
    }

    private static Optional<CalendarEvent> parse(String text) {
        try {
            return Optional.of(EventReader.read(text));
        } catch (InvalidContentException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public ItemId create(String folderId, String resourceName, String body) throws BackendException {
        CalendarEvent event = EventReader.read(body);
        ItemId created = context.callOnce("CreateItem", () -> {
            Appointment appointment = new Appointment(context.service());
            converter.write(event, appointment, true);
            keepClientData(appointment, resourceName, body);
            appointment.save(MailContext.folderId(folderId), SendInvitationsMode.SendToNone);
            return appointment.getId();
        });
        try {
            return applyOccurrences(folderId, created, resourceName, event, Map.of());
        } catch (BackendException | RuntimeException e) {
            removeQuietly(created);
            throw e;
        }
    }

    @Override
    public ItemId replace(Item existing, String resourceName, String body, String ifMatch) throws BackendException {
        CalendarEvent event = EventReader.read(body);
        Appointment appointment = (Appointment) existing;
        String folderId;
        Map<Instant, ItemId> exceptions = new HashMap<>();
        try {
            folderId = appointment.getParentFolderId().getUniqueId();
            var modified = EventConverter.optional(appointment::getModifiedOccurrences);
            if (modified != null) {
                for (OccurrenceInfo occurrence : modified) {
                    exceptions.put(occurrence.getOriginalStart().toInstant(), occurrence.getItemId());
                }
            }
        } catch (Exception e) {
            throw context.failure(e);
        }
        ItemId updated = context.callOnce("UpdateItem", () -> {
            if (ifMatch != null) {
                appointment.getId().setChangeKey(ifMatch);
            }
            converter.write(event, appointment, false);
            keepClientData(appointment, resourceName, body);
            appointment.update(ifMatch != null ? ConflictResolutionMode.NeverOverwrite
                    : ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToNone);
            return appointment.getId();
        });
        return applyOccurrences(folderId, updated, resourceName, event, exceptions);
    }

    private static void keepClientData(Appointment appointment, String resourceName, String body) throws Exception {
        appointment.setExtendedProperty(PimProperties.RESOURCE_NAME, resourceName);
        appointment.setExtendedProperty(PimProperties.CLIENT_ORIGINAL, body);
    }

    /**
     * Makes the series' exceptions and deletes its EXDATE occurrences; returns the series' id with
     * its change key after that (each change to an occurrence changes the series' key).
     *
     * @param exceptions the series' exceptions so far, by original start
     */
    private ItemId applyOccurrences(String folderId, ItemId series, String resourceName, CalendarEvent event,
            Map<Instant, ItemId> exceptions) throws BackendException {
        if (event.recurrence().isEmpty() || (event.exceptions().isEmpty() && event.deletedOccurrences().isEmpty())) {
            return series;
        }
        List<Instant> originals = new ArrayList<>();
        event.exceptions().forEach(e -> originals.add(exchangeInstant(e.recurrenceId().orElseThrow())));
        event.deletedOccurrences().forEach(d -> originals.add(exchangeInstant(d)));
        Map<Instant, ItemId> occurrences = occurrences(folderId, resourceName, originals,
                Duration.between(event.start().instant(), event.end().instant()), exceptions);
        List<ItemId> toChange = new ArrayList<>();
        Map<String, CalendarEvent> changes = new HashMap<>();
        for (CalendarEvent exception : event.exceptions()) {
            DateOrTime recurrenceId = exception.recurrenceId().orElseThrow();
            ItemId occurrence = occurrences.get(exchangeInstant(recurrenceId));
            if (occurrence == null) {
                throw new InvalidContentException("RECURRENCE-ID " + recurrenceId.time()
                        + " is not an occurrence of the series", null);
            }
            toChange.add(occurrence);
            changes.put(occurrence.getUniqueId(), exception);
        }
        for (List<ItemId> batch : Batches.of(toChange, BATCH)) {
            var loaded = context.call("GetItem", () -> context.service().bindToItems(batch, SHAPE));
            List<Item> items = new ArrayList<>();
            for (GetItemResponse response : loaded) {
                check(response);
                Item occurrence = response.getItem();
                try {
                    converter.write(changes.get(occurrence.getId().getUniqueId()), (Appointment) occurrence, false);
                } catch (BackendException e) {
                    throw e;
                } catch (Exception e) {
                    throw context.failure(e);
                }
                items.add(occurrence);
            }
            var updated = context.callOnce("UpdateItem", () -> context.service().updateItems(items, null,
                    ConflictResolutionMode.AlwaysOverwrite, null, SendInvitationsOrCancellationsMode.SendToNone));
            for (ServiceResponse response : updated) {
                check(response);
            }
        }
        List<ItemId> toDelete = new ArrayList<>();
        for (DateOrTime deleted : event.deletedOccurrences()) {
            // an occurrence not found is deleted already
            ItemId occurrence = occurrences.get(exchangeInstant(deleted));
            if (occurrence != null) {
                toDelete.add(occurrence);
            }
        }
        for (List<ItemId> batch : Batches.of(toDelete, BATCH)) {
            var deleted = context.call("DeleteItem", () -> context.service().deleteItems(batch,
                    DeleteMode.HardDelete, SendCancellationsMode.SendToNone, null));
            for (ServiceResponse response : deleted) {
                check(response);
            }
        }
        return context.call("GetItem", () -> Item.bind(context.service(), series,
                new PropertySet(BasePropertySet.IdOnly)).getId());
    }

    /** The occurrences of the series around the given original starts, by original start. */
    private Map<Instant, ItemId> occurrences(String folderId, String resourceName, List<Instant> originals,
            Duration length, Map<Instant, ItemId> exceptions) throws BackendException {
        Instant from = originals.stream().min(Instant::compareTo).orElseThrow().minus(Duration.ofDays(1));
        Instant to = originals.stream().max(Instant::compareTo).orElseThrow().plus(length).plus(Duration.ofDays(1));
        var found = context.call("FindItem", () -> {
            CalendarView view = new CalendarView(Date.from(from), Date.from(to));
            view.setPropertySet(OCCURRENCES);
            return context.service().findAppointments(MailContext.folderId(folderId), view);
        });
        Map<Instant, ItemId> byOriginalStart = new HashMap<>();
        try {
            for (Appointment occurrence : found.getItems()) {
            // occurrences carry their series' properties, so the resource name says which series they belong to
            if (!resourceName.equals(PimProperties.string(occurrence, PimProperties.RESOURCE_NAME))) {
                continue;
            }
            Date start = EventConverter.optional(occurrence::getStart);
            boolean exception = exceptions.containsValue(occurrence.getId());
            if (start != null && !exception) {
                byOriginalStart.put(start.toInstant(), occurrence.getId());
            }
            }
        } catch (Exception e) {
            throw context.failure(e);
        }
        byOriginalStart.putAll(exceptions);
        return byOriginalStart;
    }

    private Instant exchangeInstant(DateOrTime time) {
        return converter.exchangeTime(time).instant();
    }

    private static void check(ServiceResponse response) throws BackendException {
        if (!MailContext.succeeded(response)) {
            throw MailContext.failureOf(response);
        }
    }

    /** Undoes a create whose later steps failed; a failure here leaves the first error to report. */
    private void removeQuietly(ItemId created) {
        try {
            context.call("DeleteItem", () -> {
                context.service().deleteItems(List.of(created), DeleteMode.HardDelete,
                        SendCancellationsMode.SendToNone, null);
                return null;
            });
        } catch (BackendException e) {
            org.slf4j.LoggerFactory.getLogger(EventItems.class).warn(
                    "Could not remove a half-written event: {}", e.getMessage());
        }
    }
}
