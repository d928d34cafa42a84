package org.bridgehead.caldav.report;

import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.ical.Component;
import org.bridgehead.caldav.ical.IcalTime;
import org.bridgehead.caldav.ical.Property;
import org.bridgehead.caldav.ical.TimeRange;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.XmlReader;
import org.w3c.dom.Element;

/**
 * Evaluates a CALDAV:filter (RFC 4791 9.7) on one calendar object. Time ranges on recurring
 * components are decided by the backend, which asks Exchange to expand the series: such a
 * component matches when the item was among the backend's answer for the range.
 */
final class CalendarFilter {

    private final Element compFilter;

    private CalendarFilter(Element compFilter) {
        this.compFilter = compFilter;
    }

    /** The filter of a calendar-query; its one comp-filter must be VCALENDAR. */
    static CalendarFilter of(Element filter) throws DavException {
        List<Element> top = XmlReader.children(filter, DavNames.COMP_FILTER);
        if (top.size() != 1 || !XmlReader.attribute(top.get(0), "name", "").equalsIgnoreCase("VCALENDAR")) {
            throw new DavException(403, "a calendar-query filter has one comp-filter for VCALENDAR",
                    DavNames.caldav("valid-filter"));
        }
        validate(top.get(0));
        return new CalendarFilter(top.get(0));
    }

    /** The time-range of the comp-filter just below VCALENDAR (VEVENT or VTODO), if any. */
    Optional<TimeRange> componentRange() throws DavException {
        for (Element inner : XmlReader.children(compFilter, DavNames.COMP_FILTER)) {
            Optional<Element> range = XmlReader.child(inner, DavNames.TIME_RANGE);
            if (range.isPresent()) {
                return Optional.of(timeRange(range.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * @param inBackendRange whether the backend found the item in {@link #componentRange()}
     */
    boolean matches(Component calendar, boolean inBackendRange) throws DavException {
        return calendar.name().equals("VCALENDAR") && component(calendar, compFilter, inBackendRange);
    }

    private boolean component(Component component, Element filter, boolean inBackendRange) throws DavException {
        Optional<Element> range = XmlReader.child(filter, DavNames.TIME_RANGE);
        if (range.isPresent()) {
            boolean recurring = component.property("RRULE").isPresent() || component.property("RDATE").isPresent();
            boolean inRange = recurring ? inBackendRange : timeRange(range.get()).matches(component);
            if (!inRange) {
                return false;
            }
        }
        for (Element propFilter : XmlReader.children(filter, DavNames.PROP_FILTER)) {
            if (!property(component, propFilter)) {
                return false;
            }
        }
        for (Element inner : XmlReader.children(filter, DavNames.COMP_FILTER)) {
            String name = XmlReader.attribute(inner, "name", "");
            List<Component> children = component.components(name);
            if (XmlReader.child(inner, DavNames.IS_NOT_DEFINED).isPresent()) {
                if (!children.isEmpty()) {
                    return false;
                }
                continue;
            }
            boolean any = false;
            for (Component child : children) {
                if (component(child, inner, inBackendRange)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static boolean property(Component component, Element filter) throws DavException {
        List<Property> properties = component.properties(XmlReader.attribute(filter, "name", ""));
        if (XmlReader.child(filter, DavNames.IS_NOT_DEFINED).isPresent()) {
            return properties.isEmpty();
        }
        for (Property property : properties) {
            if (propertyMatches(property, filter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean propertyMatches(Property property, Element filter) throws DavException {
        Optional<Element> range = XmlReader.child(filter, DavNames.TIME_RANGE);
        if (range.isPresent()) {
            TimeRange timeRange = timeRange(range.get());
            boolean inside = IcalTime.instant(property).map(at -> timeRange.overlaps(at, at)).orElse(false);
            if (!inside) {
                return false;
            }
        }
        Optional<Element> text = XmlReader.child(filter, DavNames.TEXT_MATCH);
        if (text.isPresent() && !TextMatcher.of(text.get()).matches(property.text())) {
            return false;
        }
        for (Element paramFilter : XmlReader.children(filter, DavNames.PARAM_FILTER)) {
            String name = XmlReader.attribute(paramFilter, "name", "");
            Optional<String> value = property.param(name);
            if (XmlReader.child(paramFilter, DavNames.IS_NOT_DEFINED).isPresent()) {
                if (value.isPresent()) {
                    return false;
                }
                continue;
            }
            Optional<Element> paramText = XmlReader.child(paramFilter, DavNames.TEXT_MATCH);
            if (value.isEmpty() || (paramText.isPresent() && !TextMatcher.of(paramText.get()).matches(value.get()))) {
                return false;
            }
        }
        return true;
    }

    static TimeRange timeRange(Element element) throws DavException {
        String start = element.getAttribute("start");
        String end = element.getAttribute("end");
        if (start.isEmpty() && end.isEmpty()) {
            throw DavException.badRequest("a time-range needs start or end");
        }
        try {
            TimeRange range = new TimeRange(start.isEmpty() ? null : IcalTime.parseUtc(start),
                    end.isEmpty() ? null : IcalTime.parseUtc(end));
            if (range.start() != null && range.end() != null && !range.end().isAfter(range.start())) {
                throw DavException.badRequest("time-range end must be after its start");
            }
            return range;
        } catch (DateTimeException e) {
            throw DavException.badRequest("time-range bounds are UTC date-times like 20261204T000000Z: " + e.getMessage());
        }
    }

    /** Fails early on a malformed filter, before anything is fetched. */
    private static void validate(Element filter) throws DavException {
        for (Element child : XmlReader.children(filter)) {
            if (XmlReader.is(child, DavNames.TIME_RANGE)) {
                timeRange(child);
            } else if (XmlReader.is(child, DavNames.TEXT_MATCH)) {
                TextMatcher.of(child);
            }
            validate(child);
        }
    }
}
