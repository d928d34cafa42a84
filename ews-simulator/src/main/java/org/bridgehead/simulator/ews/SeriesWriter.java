package org.bridgehead.simulator.ews;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.XmlNode;

/**
 * A recurring master's FirstOccurrence, LastOccurrence (for a series that ends) and
 * ModifiedOccurrences: each occurrence as its id, Start, End and OriginalStart.
 */
final class SeriesWriter {
    private static final int LOOKAHEAD_YEARS = 100;

    private final ItemWriter items;

    SeriesWriter(ItemWriter items) {
        this.items = items;
    }

    void write(XmlWriter out, ItemState master, String element) {
        if (!Occurrences.isMaster(master)) {
            return;
        }
        try {
            List<Instant> deleted = Occurrences.deleted(master.pim());
            List<Instant> live = Occurrences.originalStarts(master.pim(), LocalDateTime.ofInstant(
                            Occurrences.start(master.pim()), ZoneOffset.UTC).toLocalDate().plusYears(LOOKAHEAD_YEARS))
                    .stream().filter(s -> !deleted.contains(s)).toList();
            switch (element) {
                case "FirstOccurrence" -> {
                    if (!live.isEmpty()) {
                        occurrence(out, "t:FirstOccurrence", Occurrences.byOriginalStart(master, live.get(0)));
                    }
                }
                case "LastOccurrence" -> {
                    boolean ends = RecurrencePattern.read(master.pim().field("Recurrence").orElseThrow()).ends();
                    if (ends && !live.isEmpty()) {
                        occurrence(out, "t:LastOccurrence", Occurrences.byOriginalStart(master, live.get(live.size() - 1)));
                    }
                }
                default -> {
                    Map<Instant, XmlNode> exceptions = Occurrences.exceptions(master.pim());
                    if (!exceptions.isEmpty()) {
                        out.start("t:ModifiedOccurrences");
                        for (Instant original : exceptions.keySet()) {
                            occurrence(out, "t:Occurrence", Occurrences.byOriginalStart(master, original));
                        }
                        out.end();
                    }
                }
            }
        } catch (EwsError e) {
            throw new IllegalStateException("a stored recurrence is always valid", e);
        }
    }

    private void occurrence(XmlWriter out, String element, ItemState occurrence) {
        out.start(element);
        items.writeId(out, occurrence);
        out.element("t:Start", occurrence.pim().text("Start").orElseThrow());
        out.element("t:End", occurrence.pim().text("End").orElseThrow());
        out.element("t:OriginalStart", occurrence.pim().text("OriginalStart").orElseThrow());
        out.end();
    }
}
