package org.bridgehead.caldav.report;

import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.ical.Component;
import org.bridgehead.caldav.property.PropRequest;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.XmlReader;
import org.w3c.dom.Element;

/**
 * What a report's CALDAV:calendar-data element asks for (RFC 4791 9.6): the whole object, or with
 * {@code expand} the occurrences in a range, or with {@code limit-recurrence-set} the master and the
 * overrides that touch it.
 */
final class CalendarData {

    private final RecurrenceSet.Shape shape;

    private CalendarData(RecurrenceSet.Shape shape) {
        this.shape = shape;
    }

    static CalendarData of(PropRequest props) throws DavException {
        Element request = props.asked().get(DavNames.CALENDAR_DATA);
        if (request == null) {
            return new CalendarData(null);
        }
        for (Element child : XmlReader.children(request)) {
            if (XmlReader.is(child, DavNames.EXPAND)) {
                return new CalendarData(new RecurrenceSet.Shape(true, CalendarFilter.timeRange(child)));
            }
            if (XmlReader.is(child, DavNames.LIMIT_RECURRENCE_SET)) {
                return new CalendarData(new RecurrenceSet.Shape(false, CalendarFilter.timeRange(child)));
            }
        }
        return new CalendarData(null);
    }

    /** The calendar-data value: the stored text unchanged unless the client asked for a shape. */
    String render(Component calendar, String body) {
        return shape == null ? body : RecurrenceSet.shape(calendar, shape).write();
    }
}
