package org.bridgehead.simulator.ews;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.PimData;
import org.bridgehead.simulator.store.XmlNode;

/**
 * The occurrences of a recurring master, expanded as Exchange expands them: at the master's local
 * start time in its StartTimeZone on each date of the pattern, minus deleted occurrences, with
 * modified occurrences (exceptions) showing their own properties. Exceptions are kept inside the
 * master (as Exchange keeps them as embedded messages), under {@link #EXCEPTIONS}: one element per
 * exception, carrying its original start and the fields it changes.
 */
final class Occurrences {
    /** The master's exceptions; an internal field, never written as such. */
    static final String EXCEPTIONS = "x-exceptions";
    /** On an expanded occurrence: its original start, which its id carries. */
    static final String ORIGINAL_START = "x-original-start";
    /** What belongs to the series, not to one of its occurrences. */
    private static final Set<String> SERIES_ONLY = Set.of("Recurrence", "ModifiedOccurrences", "DeletedOccurrences",
            "FirstOccurrence", "LastOccurrence", EXCEPTIONS);
    /** Fields an exception may change. */
    static final Set<String> EXCEPTION_FIELDS = Set.of("Subject", "Body", "Start", "End", "Location",
            "LegacyFreeBusyStatus", "IsAllDayEvent", "ReminderIsSet", "ReminderMinutesBeforeStart", "ReminderDueBy",
            "Importance", "Sensitivity", "Categories", "RequiredAttendees", "OptionalAttendees", "Resources",
            "IsCancelled", "Duration", "IsResponseRequested");

    private Occurrences() {
    }

    static boolean isMaster(ItemState item) {
        return !item.isMessage() && item.pim().fields().containsKey("Recurrence")
                && !item.pim().fields().containsKey(ORIGINAL_START);
    }

    static boolean isOccurrence(ItemState item) {
        return !item.isMessage() && item.pim().fields().containsKey(ORIGINAL_START);
    }

    static Instant originalStart(ItemState occurrence) {
        return Instant.parse(occurrence.pim().text(ORIGINAL_START).orElseThrow());
    }

    static ZoneId zone(PimData pim) {
        return pim.field("StartTimeZone").map(z -> z.attributes().get("Id")).flatMap(EwsTimeZones::zoneOf)
                .orElse(ZoneOffset.UTC);
    }

    /** The original starts of every occurrence up to {@code until}, deleted ones included, in order. */
    static List<Instant> originalStarts(PimData master, LocalDate until) throws EwsError {
        RecurrencePattern pattern = RecurrencePattern.read(master.field("Recurrence").orElseThrow());
        ZoneId zone = zone(master);
        LocalTime time = LocalDateTime.ofInstant(start(master), zone).toLocalTime();
        List<Instant> result = new ArrayList<>();
        for (LocalDate d : pattern.dates(until)) {
            result.add(d.atTime(time).atZone(zone).toInstant());
        }
        return result;
    }

    /** The start of a series' first occurrence, which Exchange makes the master's start. */
    static Optional<Instant> firstStart(PimData master) throws EwsError {
        RecurrencePattern pattern = RecurrencePattern.read(master.field("Recurrence").orElseThrow());
        LocalDate first = RecurrencePattern.date(master.field("Recurrence").orElseThrow().children().get(1)
                .childText("StartDate").orElseThrow());
        List<LocalDate> dates = pattern.dates(first.plusYears(5));
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = zone(master);
        LocalTime time = LocalDateTime.ofInstant(start(master), zone).toLocalTime();
        return Optional.of(dates.get(0).atTime(time).atZone(zone).toInstant());
    }

    /** The occurrences (and exceptions) that overlap [from, to), not deleted ones. */
    static List<ItemState> between(ItemState master, Instant from, Instant to) throws EwsError {
        List<ItemState> result = new ArrayList<>();
        LocalDate until = LocalDateTime.ofInstant(to, ZoneOffset.UTC).toLocalDate().plusDays(2);
        Duration length = Duration.between(start(master.pim()), end(master.pim()));
        Map<Instant, XmlNode> exceptions = exceptions(master.pim());
        List<Instant> deleted = deleted(master.pim());
        // an exception moved into the range from an original start after it is still found
        until = exceptions.values().stream().map(e -> e.childText("Start").orElse(null)).filter(s -> s != null)
                .map(s -> LocalDateTime.ofInstant(Instant.parse(s), ZoneOffset.UTC).toLocalDate().plusDays(2))
                .reduce(until, (a, b) -> a.isAfter(b) ? a : b);
        for (Instant original : originalStarts(master.pim(), until)) {
            if (deleted.contains(original)) {
                continue;
            }
            ItemState occurrence = occurrence(master, original, length, exceptions.get(original));
            Instant s = start(occurrence.pim());
            Instant e = end(occurrence.pim());
            if (s.isBefore(to) && (e.isAfter(from) || (s.equals(e) && !s.isBefore(from)))) {
                result.add(occurrence);
            }
        }
        result.sort(Comparator.comparing(o -> start(o.pim())));
        return result;
    }

    /** The occurrence with a 1-based instance index. */
    static ItemState byIndex(ItemState master, int index) throws EwsError {
        if (index < 1) {
            throw outOfRange();
        }
        Instant first = start(master.pim());
        List<Instant> starts = originalStarts(master.pim(),
                LocalDateTime.ofInstant(first, ZoneOffset.UTC).toLocalDate().plusYears(100));
        if (index > starts.size()) {
            throw outOfRange();
        }
        return byOriginalStart(master, starts.get(index - 1));
    }

    /** The occurrence that originally starts at an instant. */
    static ItemState byOriginalStart(ItemState master, Instant original) throws EwsError {
        if (deleted(master.pim()).contains(original)) {
            throw new EwsError("ErrorCalendarOccurrenceIsDeletedFromRecurrence",
                    "Occurrence with this index was previously deleted from the recurrence.");
        }
        List<Instant> starts = originalStarts(master.pim(),
                LocalDateTime.ofInstant(original, ZoneOffset.UTC).toLocalDate().plusDays(2));
        if (!starts.contains(original)) {
            throw EwsError.itemNotFound();
        }
        Duration length = Duration.between(start(master.pim()), end(master.pim()));
        return occurrence(master, original, length, exceptions(master.pim()).get(original));
    }

    private static ItemState occurrence(ItemState master, Instant original, Duration length, XmlNode exception) {
        Map<String, XmlNode> fields = new LinkedHashMap<>(master.pim().fields());
        SERIES_ONLY.forEach(fields::remove);
        fields.put("Start", XmlNode.leaf("Start", ItemWriter.time(original)));
        fields.put("End", XmlNode.leaf("End", ItemWriter.time(original.plus(length))));
        fields.put("OriginalStart", XmlNode.leaf("OriginalStart", ItemWriter.time(original)));
        fields.put("RecurrenceId", XmlNode.leaf("RecurrenceId", ItemWriter.time(original)));
        fields.put("ReminderDueBy", XmlNode.leaf("ReminderDueBy", ItemWriter.time(original)));
        fields.put("IsRecurring", XmlNode.leaf("IsRecurring", "true"));
        fields.put("CalendarItemType", XmlNode.leaf("CalendarItemType", exception == null ? "Occurrence" : "Exception"));
        if (exception != null) {
            exception.children().forEach(f -> fields.put(f.name(), f));
        }
        fields.put(ORIGINAL_START, XmlNode.leaf(ORIGINAL_START, ItemWriter.time(original)));
        PimData pim = new PimData(master.pim().type(), master.pim().itemClass(), fields);
        List<String> categories = new ArrayList<>();
        pim.field("Categories").ifPresent(c -> c.children("String").forEach(s -> categories.add(s.textOrEmpty())));
        return new ItemState(master.number(), master.folderNumber(), master.changeNumber(), master.articleNumber(),
                master.mime(), master.summary(), pim.text("Subject").orElse(master.subject()), master.read(),
                master.draft(), master.flag(), categories, master.importance(), master.received(), master.created(),
                master.lastModified(), master.extendedProperties(), null, pim);
    }

    /** The master with an occurrence changed: the fields of the changed occurrence that an exception keeps. */
    static PimData withException(PimData master, Instant original, PimData changedOccurrence) {
        Map<String, XmlNode> fields = new LinkedHashMap<>(master.fields());
        Map<Instant, XmlNode> exceptions = new LinkedHashMap<>(exceptions(master));
        List<XmlNode> kept = new ArrayList<>();
        for (String name : EXCEPTION_FIELDS) {
            changedOccurrence.field(name).ifPresent(kept::add);
        }
        exceptions.put(original, new XmlNode("Exception", Map.of("OriginalStart", ItemWriter.time(original)), null, kept));
        fields.put(EXCEPTIONS, XmlNode.of(EXCEPTIONS, exceptions.values().stream()
                .sorted(Comparator.comparing(e -> e.attributes().get("OriginalStart"))).toList()));
        return new PimData(master.type(), master.itemClass(), fields);
    }

    /** The master with an occurrence deleted (and its exception, if it had one, gone). */
    static PimData withDeleted(PimData master, Instant original) {
        Map<String, XmlNode> fields = new LinkedHashMap<>(master.fields());
        Map<Instant, XmlNode> exceptions = new LinkedHashMap<>(exceptions(master));
        exceptions.remove(original);
        if (exceptions.isEmpty()) {
            fields.remove(EXCEPTIONS);
        } else {
            fields.put(EXCEPTIONS, XmlNode.of(EXCEPTIONS, List.copyOf(exceptions.values())));
        }
        List<Instant> deleted = new ArrayList<>(deleted(master));
        if (!deleted.contains(original)) {
            deleted.add(original);
        }
        deleted.sort(Comparator.naturalOrder());
        fields.put("DeletedOccurrences", XmlNode.of("DeletedOccurrences", deleted.stream()
                .map(d -> XmlNode.of("DeletedOccurrence", List.of(XmlNode.leaf("Start", ItemWriter.time(d))))).toList()));
        return new PimData(master.type(), master.itemClass(), fields);
    }

    /** The exceptions of a master by original start. */
    static Map<Instant, XmlNode> exceptions(PimData master) {
        Map<Instant, XmlNode> result = new LinkedHashMap<>();
        master.field(EXCEPTIONS).ifPresent(list -> list.children().forEach(
                e -> result.put(Instant.parse(e.attributes().get("OriginalStart")), e)));
        return result;
    }

    static List<Instant> deleted(PimData master) {
        return master.field("DeletedOccurrences").map(d -> d.children().stream()
                .map(o -> Instant.parse(o.childText("Start").orElseThrow())).toList()).orElse(List.of());
    }

    static Instant start(PimData pim) {
        return Instant.parse(pim.text("Start").orElseThrow());
    }

    static Instant end(PimData pim) {
        return Instant.parse(pim.text("End").orElseThrow());
    }

    private static EwsError outOfRange() {
        return new EwsError("ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange",
                "Occurrence index is out of recurrence range.");
    }
}
