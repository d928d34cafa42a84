package org.bridgehead.exchange.ews;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.enumeration.property.Importance;
import microsoft.exchange.webservices.data.core.enumeration.service.TaskStatus;
import microsoft.exchange.webservices.data.core.service.item.Task;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.property.complex.StringList;
import org.bridgehead.exchange.pim.ical.DateOrTime;
import org.bridgehead.exchange.pim.ical.Sensitivity;
import org.bridgehead.exchange.pim.ical.TaskItem;

/**
 * {@link TaskItem} <-> an EWS Task's fields. Exchange keeps task dates as moments and shows them as
 * days (Outlook's tasks have no time of day), so a date goes in at midnight of the user's zone and
 * comes back as a date unless the client's original gave a time. PRIORITY has nine values and
 * Importance three: the client's number comes back while it still means the same importance.
 */
final class TaskConverter {

    private final ZoneId dayZone;

    TaskConverter(ZoneId dayZone) {
        this.dayZone = dayZone;
    }

    void write(TaskItem item, Task target) throws Exception {
        target.setSubject(item.summary());
        target.setBody(MessageBody.getMessageBodyFromText(item.description()));
        target.setStartDate(item.start().map(this::date).orElse(null));
        target.setDueDate(item.due().map(this::date).orElse(null));
        target.setStatus(status(item.status()));
        target.setPercentComplete((double) (item.status() == TaskItem.Status.COMPLETED ? 100
                : item.percentComplete()));
        if (item.completed().isPresent()) {
            target.setCompleteDate(Date.from(item.completed().get()));
        }
        target.setImportance(importance(item.priority()));
        target.setSensitivity(EventConverter.sensitivity(item.sensitivity()));
        target.setCategories(new StringList(item.categories()));
        target.setIsReminderSet(item.reminder().isPresent());
        if (item.reminder().isPresent()) {
            target.setReminderDueBy(Date.from(item.reminder().get()));
        }
    }

    private Date date(DateOrTime value) {
        return Date.from((value.date() ? value.inZone(dayZone) : value).instant());
    }

    /**
     * @param client the task as the client last wrote it, for the forms Exchange does not keep
     *               (a time of day, the exact priority, the UID)
     */
    TaskItem read(Task task, Optional<TaskItem> client) throws Exception {
        Optional<DateOrTime> start = readDate(EventConverter.optional(task::getStartDate),
                client.flatMap(TaskItem::start));
        Optional<DateOrTime> due = readDate(EventConverter.optional(task::getDueDate), client.flatMap(TaskItem::due));
        TaskStatus status = EventConverter.optional(task::getStatus);
        TaskItem.Status itemStatus = status(status);
        Date completeDate = EventConverter.optional(task::getCompleteDate);
        Optional<Instant> completed = itemStatus == TaskItem.Status.COMPLETED && completeDate != null
                ? Optional.of(completeDate.toInstant()) : Optional.empty();
        Double percent = EventConverter.optional(task::getPercentComplete);
        Importance importance = EventConverter.optional(task::getImportance);
        int priority = client.map(TaskItem::priority).filter(p -> importance(p) == importance)
                .orElse(priority(importance));
        Boolean reminderSet = EventConverter.optional(task::getIsReminderSet);
        Date reminderAt = Boolean.TRUE.equals(reminderSet) ? EventConverter.optional(task::getReminderDueBy) : null;
        String body = task.getBody() == null ? "" : MessageBody.getStringFromMessageBody(task.getBody());
        String uid = client.isPresent() ? client.get().uid() : task.getId().getUniqueId();
        return new TaskItem(uid, nonNull(task.getSubject()), nonNull(body), start, due, completed,
                percent == null ? 0 : (int) Math.round(percent), priority, itemStatus,
                EventConverter.categories(EventConverter.optional(task::getCategories)), sensitivity(task),
                Optional.ofNullable(reminderAt).map(Date::toInstant));
    }

    private Optional<DateOrTime> readDate(Date value, Optional<DateOrTime> client) {
        if (value == null) {
            return Optional.empty();
        }
        Instant instant = value.toInstant();
        if (client.isPresent() && !client.get().date()) {
            return Optional.of(DateOrTime.ofTime(instant, client.get().zone()));
        }
        return Optional.of(DateOrTime.ofDate(instant.atZone(dayZone).toLocalDate(), ZoneOffset.UTC));
    }

    private static Sensitivity sensitivity(Task task) {
        var value = EventConverter.optional(task::getSensitivity);
        if (value == null) {
            return Sensitivity.PUBLIC;
        }
        return switch (value) {
            case Private, Personal -> Sensitivity.PRIVATE;
            case Confidential -> Sensitivity.CONFIDENTIAL;
            default -> Sensitivity.PUBLIC;
        };
    }

    /** Exchange has no cancelled task; Deferred is the closest and reads back as cancelled. */
    private static TaskStatus status(TaskItem.Status status) {
        return switch (status) {
            case NEEDS_ACTION -> TaskStatus.NotStarted;
            case IN_PROCESS -> TaskStatus.InProgress;
            case COMPLETED -> TaskStatus.Completed;
            case CANCELLED -> TaskStatus.Deferred;
        };
    }

    private static TaskItem.Status status(TaskStatus status) {
        if (status == null) {
            return TaskItem.Status.NEEDS_ACTION;
        }
        return switch (status) {
            case NotStarted -> TaskItem.Status.NEEDS_ACTION;
            case Completed -> TaskItem.Status.COMPLETED;
            case Deferred -> TaskItem.Status.CANCELLED;
            default -> TaskItem.Status.IN_PROCESS;
        };
    }

    /** RFC 5545 3.8.1.9: 1-4 high, 5 (and 0, undefined) normal, 6-9 low. */
    static Importance importance(int priority) {
        if (priority >= 1 && priority <= 4) {
            return Importance.High;
        }
        return priority >= 6 ? Importance.Low : Importance.Normal;
    }

    private static int priority(Importance importance) {
        if (importance == null) {
            return 0;
        }
        return switch (importance) {
            case High -> 1;
            case Low -> 9;
            default -> 5;
        };
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
