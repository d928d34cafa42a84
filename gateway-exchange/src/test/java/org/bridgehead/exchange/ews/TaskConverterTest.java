package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.Importance;
import microsoft.exchange.webservices.data.core.enumeration.service.TaskStatus;
import microsoft.exchange.webservices.data.core.service.item.Task;
import org.bridgehead.exchange.pim.ical.TaskItem;
import org.bridgehead.exchange.pim.ical.TaskReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tasks written to ews-java-api Task objects and read back, without a server. */
class TaskConverterTest {

    private final ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
    private final TaskConverter converter = new TaskConverter(ZoneId.of("Europe/Berlin"));

    @AfterEach
    void close() {
        service.close();
    }

    private static TaskItem todo(String... lines) throws Exception {
        return TaskReader.read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTODO\r\nUID:t-1\r\n"
                + String.join("\r\n", lines) + "\r\nEND:VTODO\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void dueDaysSitAtMidnightInTheUsersZoneAndComeBackAsDays() throws Exception {
        TaskItem item = todo("SUMMARY:Taxes", "DUE;VALUE=DATE:20261215", "PRIORITY:2", "STATUS:IN-PROCESS",
                "PERCENT-COMPLETE:30", "CATEGORIES:Home",
                "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DATE-TIME:20261214T080000Z", "END:VALARM");
        Task task = new Task(service);
        converter.write(item, task);
        assertEquals(Date.from(Instant.parse("2026-12-14T23:00:00Z")), task.getDueDate());
        assertEquals(Importance.High, task.getImportance());
        assertEquals(TaskStatus.InProgress, task.getStatus());
        assertEquals(30.0, task.getPercentComplete());
        assertEquals(item, converter.read(task, Optional.of(item)));
    }

    @Test
    void completedTasksAreCompleteInExchange() throws Exception {
        TaskItem item = todo("SUMMARY:Done", "STATUS:COMPLETED", "COMPLETED:20261203T101500Z");
        Task task = new Task(service);
        converter.write(item, task);
        assertEquals(TaskStatus.Completed, task.getStatus());
        assertEquals(100.0, task.getPercentComplete());
        assertEquals(item, converter.read(task, Optional.of(item)));
    }

    @Test
    void priorityFollowsImportanceWhenExchangeChangedIt() throws Exception {
        TaskItem item = todo("SUMMARY:Later", "PRIORITY:3");
        Task task = new Task(service);
        converter.write(item, task);
        task.setImportance(Importance.Low);
        assertEquals(9, converter.read(task, Optional.of(item)).priority());
        task.setImportance(Importance.High);
        assertEquals(3, converter.read(task, Optional.of(item)).priority());
    }

    @Test
    void cancelledIsDeferredInExchange() throws Exception {
        TaskItem item = todo("SUMMARY:Dropped", "STATUS:CANCELLED");
        Task task = new Task(service);
        converter.write(item, task);
        assertEquals(TaskStatus.Deferred, task.getStatus());
        assertEquals(TaskItem.Status.CANCELLED, converter.read(task, Optional.of(item)).status());
    }
}
