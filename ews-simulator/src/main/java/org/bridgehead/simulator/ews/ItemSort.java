package org.bridgehead.simulator.ews;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.ItemState;
import org.w3c.dom.Element;

/**
 * Reads m:SortOrder into a comparator. Items without the property sort after those with it; ties
 * keep the order of arrival. Without a sort order, Exchange's default view applies: newest
 * received first.
 */
final class ItemSort {
    private ItemSort() {
    }

    static Comparator<ItemState> read(Optional<Element> sortOrder) throws SoapFaultException {
        Comparator<ItemState> arrival = Comparator.comparingLong(ItemState::number);
        if (sortOrder.isEmpty() || Dom.children(sortOrder.get(), "FieldOrder").isEmpty()) {
            return Comparator.comparing(ItemState::received).reversed().thenComparing(arrival.reversed());
        }
        Comparator<ItemState> result = null;
        for (Element fieldOrder : Dom.children(sortOrder.get(), "FieldOrder")) {
            PropertyPath path = PropertyPaths.firstChild(fieldOrder)
                    .orElseThrow(() -> Dom.schemaViolation("FieldOrder needs a property"));
            boolean descending = "Descending".equals(fieldOrder.getAttribute("Order"));
            Comparator<ItemState> one = by(path, descending);
            result = result == null ? one : result.thenComparing(one);
        }
        return result.thenComparing(arrival);
    }

    private static Comparator<ItemState> by(PropertyPath path, boolean descending) {
        return (a, b) -> {
            Optional<Object> x = ItemProperties.value(a, path).map(ItemSort::sortable);
            Optional<Object> y = ItemProperties.value(b, path).map(ItemSort::sortable);
            if (x.isEmpty() || y.isEmpty()) {
                return Boolean.compare(x.isEmpty(), y.isEmpty());
            }
            int c = compare(x.get(), y.get());
            return descending ? -c : c;
        };
    }

    private static Object sortable(Object value) {
        return value instanceof List<?> list ? (list.isEmpty() ? "" : String.valueOf(list.get(0))) : value;
    }

    private static int compare(Object x, Object y) {
        if (x instanceof Long a && y instanceof Long b) {
            return Long.compare(a, b);
        }
        if (x instanceof Instant a && y instanceof Instant b) {
            return a.compareTo(b);
        }
        if (x instanceof Boolean a && y instanceof Boolean b) {
            return Boolean.compare(a, b);
        }
        return String.valueOf(x).compareToIgnoreCase(String.valueOf(y));
    }
}
