package org.bridgehead.simulator.ews;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.ItemState;
import org.w3c.dom.Element;

/**
 * FindItem's m:CalendarView: the calendar items that overlap [StartDate, EndDate), recurring series
 * expanded into their occurrences and exceptions (masters themselves are not listed), by start
 * time, at most MaxEntriesReturned of them.
 */
final class CalendarView {
    private final Instant start;
    private final Instant end;
    private final int maxEntries;

    private CalendarView(Instant start, Instant end, int maxEntries) {
        this.start = start;
        this.end = end;
        this.maxEntries = maxEntries;
    }

    static Optional<CalendarView> read(Optional<Element> element) throws SoapFaultException {
        if (element.isEmpty()) {
            return Optional.empty();
        }
        Element v = element.get();
        Instant start = PimFieldReader.instant(required(v, "StartDate"), ZoneOffset.UTC, "StartDate");
        Instant end = PimFieldReader.instant(required(v, "EndDate"), ZoneOffset.UTC, "EndDate");
        int max = PageView.MAX_ENTRIES;
        if (v.hasAttribute("MaxEntriesReturned")) {
            try {
                max = Integer.parseInt(v.getAttribute("MaxEntriesReturned").trim());
            } catch (NumberFormatException e) {
                throw Dom.schemaViolation("MaxEntriesReturned is not a number");
            }
        }
        return Optional.of(new CalendarView(start, end, Math.min(max, PageView.MAX_ENTRIES)));
    }

    private static String required(Element view, String attribute) throws SoapFaultException {
        if (!view.hasAttribute(attribute)) {
            throw Dom.schemaViolation("CalendarView requires " + attribute);
        }
        return view.getAttribute(attribute).trim();
    }

    /** The calendar items of a folder in the view's range. */
    PageView.Page<ItemState> apply(List<ItemState> items) {
        List<ItemState> inRange = new ArrayList<>();
        for (ItemState item : items) {
            if (item.pim() == null || !item.pim().type().equals("CalendarItem")) {
                continue;
            }
            if (Occurrences.isMaster(item)) {
                try {
                    inRange.addAll(Occurrences.between(item, start, end));
                } catch (EwsError e) {
                    throw new IllegalStateException("a stored recurrence is always valid", e);
                }
            } else if (overlaps(item)) {
                inRange.add(item);
            }
        }
        inRange.sort(Comparator.comparing(CalendarView::startOf).thenComparingLong(ItemState::number));
        List<ItemState> page = inRange.subList(0, Math.min(maxEntries, inRange.size()));
        return new PageView.Page<>(page, inRange.size(), page.size() == inRange.size(), page.size());
    }

    /** CalendarView's m:RootFolder has no paging offset. */
    void writeAttributes(XmlWriter out, PageView.Page<?> page) {
        out.attr("TotalItemsInView", page.total()).attr("IncludesLastItemInRange", page.includesLast());
    }

    private boolean overlaps(ItemState item) {
        Instant s = startOf(item);
        Instant e = Instant.parse(item.pim().text("End").orElseThrow());
        return s.isBefore(end) && (e.isAfter(start) || (s.equals(e) && !s.isBefore(start)));
    }

    private static Instant startOf(ItemState item) {
        return Instant.parse(item.pim().text("Start").orElseThrow());
    }
}
