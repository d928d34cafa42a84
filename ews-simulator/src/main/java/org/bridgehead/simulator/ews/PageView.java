package org.bridgehead.simulator.ews;

import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.w3c.dom.Element;

/**
 * A paging view of a Find request (IndexedPage...View or FractionalPage...View, or none). Pages
 * are capped at {@link #MAX_ENTRIES}, as Exchange's default throttling policy caps them.
 */
final class PageView {
    static final int MAX_ENTRIES = 1000;

    private enum Kind { NONE, INDEXED, FRACTIONAL }

    private final Kind kind;
    private final int maxEntries;
    private final int offset;
    private final boolean fromEnd;
    private final int numerator;
    private final int denominator;

    private PageView(Kind kind, int maxEntries, int offset, boolean fromEnd, int numerator, int denominator) {
        this.kind = kind;
        this.maxEntries = Math.min(maxEntries, MAX_ENTRIES);
        this.offset = offset;
        this.fromEnd = fromEnd;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** One page of a result and what the response says about it. */
    record Page<T>(List<T> entries, int total, boolean includesLast, int nextOffset) {
        Page {
            entries = List.copyOf(entries);
        }
    }

    /**
     * Reads the view of a request.
     *
     * @param indexed    e.g. "IndexedPageFolderView"
     * @param fractional e.g. "FractionalPageFolderView"
     */
    static PageView read(Element request, String indexed, String fractional) throws SoapFaultException {
        Optional<Element> indexedView = Dom.child(request, indexed);
        if (indexedView.isPresent()) {
            Element v = indexedView.get();
            return new PageView(Kind.INDEXED, number(v, "MaxEntriesReturned", MAX_ENTRIES), number(v, "Offset", 0),
                    "End".equals(v.getAttribute("BasePoint")), 0, 1);
        }
        Optional<Element> fractionalView = Dom.child(request, fractional);
        if (fractionalView.isPresent()) {
            Element v = fractionalView.get();
            int denominator = number(v, "Denominator", 1);
            if (denominator <= 0) {
                throw Dom.schemaViolation("Denominator must be positive");
            }
            return new PageView(Kind.FRACTIONAL, number(v, "MaxEntriesReturned", MAX_ENTRIES), 0, false,
                    number(v, "Numerator", 0), denominator);
        }
        return new PageView(Kind.NONE, MAX_ENTRIES, 0, false, 0, 1);
    }

    <T> Page<T> apply(List<T> all) {
        int total = all.size();
        int start;
        int end;
        if (kind == Kind.FRACTIONAL) {
            start = (int) Math.min(total, (long) total * numerator / denominator);
            end = Math.min(total, start + maxEntries);
        } else if (fromEnd) {
            end = Math.max(0, total - offset);
            start = Math.max(0, end - maxEntries);
        } else {
            start = Math.min(total, offset);
            end = Math.min(total, start + maxEntries);
        }
        boolean includesLast = fromEnd ? start == 0 : end == total;
        int next = fromEnd ? total - start : end;
        return new Page<>(all.subList(start, end), total, includesLast, next);
    }

    /** Writes the paging attributes of m:RootFolder in the order Exchange writes them. */
    void writeAttributes(XmlWriter out, Page<?> page) {
        if (kind == Kind.FRACTIONAL) {
            out.attr("NumeratorOffset", page.nextOffset()).attr("AbsoluteDenominator", page.total());
        } else {
            out.attr("IndexedPagingOffset", page.nextOffset());
        }
        out.attr("TotalItemsInView", page.total()).attr("IncludesLastItemInRange", page.includesLast());
    }

    private static int number(Element view, String attribute, int absent) throws SoapFaultException {
        Optional<String> value = Dom.attribute(view, attribute);
        if (value.isEmpty()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.get().trim());
            if (n < 0) {
                throw Dom.schemaViolation(attribute + " must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw Dom.schemaViolation(attribute + " is not a number");
        }
    }
}
