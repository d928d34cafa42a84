package org.bridgehead.exchange.pim;

import java.util.Objects;

/**
 * An item with its content: a VCALENDAR (with a VEVENT and its exceptions, or a VTODO, and the
 * VTIMEZONEs they use) for calendars and task lists, a vCard for address books.
 */
public record PimItem(ItemRef ref, String body) {

    public PimItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(body, "body");
    }
}
