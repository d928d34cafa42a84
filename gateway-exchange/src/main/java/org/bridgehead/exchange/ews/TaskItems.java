package org.bridgehead.exchange.ews;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.item.Task;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.pim.ical.DateOrTime;
import org.bridgehead.exchange.pim.ical.TaskItem;
import org.bridgehead.exchange.pim.ical.TaskReader;
import org.bridgehead.exchange.pim.ical.TaskWriter;

/** Exchange tasks <-> VCALENDARs with a VTODO. */
final class TaskItems implements ItemBodies {

    private static final PropertySet SHAPE = PimProperties.itemShape();

    private final MailContext context;
    private final TaskConverter converter;

    TaskItems(MailContext context, TaskConverter converter) {
        this.context = context;
        this.converter = converter;
    }

    @Override
    public PropertySet shape() {
        return SHAPE;
    }

    @Override
    public Map<String, String> render(List<Item> items) throws BackendException {
        Map<String, String> bodies = new LinkedHashMap<>();
        try {
            for (Item item : items) {
                if (item instanceof Task task) {
                    Optional<String> original = Optional.ofNullable(PimProperties.string(task,
                            PimProperties.CLIENT_ORIGINAL));
                    TaskItem read = converter.read(task, original.flatMap(TaskItems::parse));
                    bodies.put(task.getId().getUniqueId(), TaskWriter.write(read, original));
                }
            }
        } catch (Exception e) {
            throw context.failure(e);
        }
        return bodies;
    }

    /** The task as Exchange holds it, for time-range queries. */
    TaskItem read(Item item) throws BackendException {
        try {
            Task task = (Task) item;
            return converter.read(task, Optional.ofNullable(PimProperties.string(task, PimProperties.CLIENT_ORIGINAL))
                    .flatMap(TaskItems::parse));
        } catch (Exception e) {
            throw context.failure(e);
        }
    }

    private static Optional<TaskItem> parse(String text) {
        try {
            return Optional.of(TaskReader.read(text));
        } catch (InvalidContentException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public ItemId create(String folderId, String resourceName, String body) throws BackendException {
        TaskItem item = TaskReader.read(body);
        return context.callOnce("CreateItem", () -> {
            Task task = new Task(context.service());
            converter.write(item, task);
            task.setExtendedProperty(PimProperties.RESOURCE_NAME, resourceName);
            task.setExtendedProperty(PimProperties.CLIENT_ORIGINAL, body);
            task.save(MailContext.folderId(folderId));
            return task.getId();
        });
    }

    @Override
    public ItemId replace(Item existing, String resourceName, String body, String ifMatch) throws BackendException {
        TaskItem item = TaskReader.read(body);
        Task task = (Task) existing;
        return context.callOnce("UpdateItem", () -> {
            if (ifMatch != null) {
                task.getId().setChangeKey(ifMatch);
            }
            converter.write(item, task);
            task.setExtendedProperty(PimProperties.RESOURCE_NAME, resourceName);
            task.setExtendedProperty(PimProperties.CLIENT_ORIGINAL, body);
            task.update(ifMatch != null ? ConflictResolutionMode.NeverOverwrite : ConflictResolutionMode.AlwaysOverwrite);
            return task.getId();
        });
    }

    /**
     * RFC 4791 9.9: whether a to-do overlaps [start, end), by its start and due date, else its
     * completion; a to-do with none of them always does.
     */
    static boolean overlaps(TaskItem task, Instant start, Instant end) {
        Optional<Instant> from = task.start().map(DateOrTime::instant);
        Optional<Instant> due = task.due().map(DateOrTime::instant);
        if (from.isPresent() && due.isPresent()) {
            return (start.isBefore(due.get()) || !start.isAfter(from.get()))
                    && (end.isAfter(from.get()) || !end.isBefore(due.get()));
        }
        if (from.isPresent()) {
            return !start.isAfter(from.get()) && end.isAfter(from.get());
        }
        if (due.isPresent()) {
            return start.isBefore(due.get()) && !end.isBefore(due.get());
        }
        if (task.completed().isPresent()) {
            Instant completed = task.completed().get();
            return !start.isAfter(completed) && !end.isBefore(completed);
        }
        return true;
    }
}
