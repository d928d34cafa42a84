package org.bridgehead.exchange.pim.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgehead.exchange.InvalidContentException;
import org.junit.jupiter.api.Test;

class TaskMappingTest {

    private static String todo(String... lines) {
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + "BEGIN:VTODO\r\nUID:task-1\r\n");
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        return text.append("END:VTODO\r\nEND:VCALENDAR\r\n").toString();
    }

    @Test
    void everyTaskFieldIsRead() throws Exception {
        TaskItem task = TaskReader.read(todo("SUMMARY:File taxes", "DESCRIPTION:before the deadline",
                "DTSTART;VALUE=DATE:20261201", "DUE;VALUE=DATE:20261215", "PERCENT-COMPLETE:40", "PRIORITY:1",
                "STATUS:IN-PROCESS", "CATEGORIES:Home", "CLASS:PRIVATE",
                "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DATE-TIME:20261214T080000Z", "END:VALARM"));
        assertEquals("File taxes", task.summary());
        assertEquals(LocalDate.of(2026, 12, 15), task.due().orElseThrow().localDate());
        assertTrue(task.due().orElseThrow().date());
        assertEquals(40, task.percentComplete());
        assertEquals(1, task.priority());
        assertEquals(TaskItem.Status.IN_PROCESS, task.status());
        assertEquals(List.of("Home"), task.categories());
        assertEquals(Sensitivity.PRIVATE, task.sensitivity());
        assertEquals(Optional.of(Instant.parse("2026-12-14T08:00:00Z")), task.reminder());
        assertEquals(task, TaskReader.read(TaskWriter.write(task, Optional.empty())));
    }

    @Test
    void completedTasksKeepWhenTheyWereDone() throws Exception {
        TaskItem task = TaskReader.read(todo("SUMMARY:Done", "COMPLETED:20261203T101500Z"));
        assertEquals(TaskItem.Status.COMPLETED, task.status());
        assertEquals(100, task.percentComplete());
        String written = TaskWriter.write(task, Optional.empty());
        assertTrue(written.contains("COMPLETED:20261203T101500Z\r\n"), written);
        assertTrue(written.contains("STATUS:COMPLETED\r\n"), written);
        assertTrue(written.contains("PERCENT-COMPLETE:100\r\n"), written);
    }

    @Test
    void relativeAlarmsCountFromTheDueTime() throws Exception {
        TaskItem task = TaskReader.read(todo("SUMMARY:Call", "DUE:20261210T170000Z",
                "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT30M", "END:VALARM"));
        assertEquals(Optional.of(Instant.parse("2026-12-10T16:30:00Z")), task.reminder());
    }

    @Test
    void unmappedPropertiesSurvive() throws Exception {
        String original = todo("SUMMARY:Old", "X-TODOMAN-FLAG:1", "RELATED-TO:parent-uid", "SEQUENCE:2");
        TaskItem task = TaskReader.read(original);
        String written = TaskWriter.write(task, Optional.of(original));
        assertTrue(written.contains("X-TODOMAN-FLAG:1\r\n"), written);
        assertTrue(written.contains("RELATED-TO:parent-uid\r\n"), written);
        assertFalse(written.contains("PERCENT-COMPLETE"), written);
    }

    @Test
    void badTasksAreRefused() {
        assertThrows(InvalidContentException.class, () -> TaskReader.read(todo("PRIORITY:12")));
        assertThrows(InvalidContentException.class, () -> TaskReader.read(todo("PERCENT-COMPLETE:lots")));
        assertThrows(InvalidContentException.class,
                () -> TaskReader.read(todo("DTSTART:20261210T170000Z", "DUE:20261209T170000Z")));
        assertThrows(InvalidContentException.class, () -> TaskReader.read(todo("RRULE:FREQ=DAILY")));
        assertThrows(InvalidContentException.class, () -> EventReader.read(todo("SUMMARY:x")));
    }
}
