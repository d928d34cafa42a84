package org.bridgehead.caldav.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.PropValue;
import org.bridgehead.caldav.xml.XmlReader;
import org.w3c.dom.Element;

/**
 * Which properties a PROPFIND or REPORT asks for: all, only their names, or a list; each asked
 * element is kept, since {@code calendar-data} may carry {@code expand} and the like.
 */
public record PropRequest(Mode mode, Map<QName, Element> asked) {

    public enum Mode { ALLPROP, PROPNAME, PROP }

    public static final PropRequest ALL = new PropRequest(Mode.ALLPROP, Map.of());

    public PropRequest {
        asked = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(asked));
    }

    /** From a PROPFIND body, or allprop when there is none (RFC 4918 9.1). */
    public static PropRequest ofPropfind(Element root) throws DavException {
        if (root == null) {
            return ALL;
        }
        if (!XmlReader.is(root, DavNames.PROPFIND)) {
            throw DavException.badRequest("PROPFIND body must be DAV:propfind");
        }
        return ofParent(root);
    }

    /** From the prop, allprop or propname child of a report or propfind element. */
    public static PropRequest ofParent(Element parent) {
        if (XmlReader.child(parent, DavNames.PROPNAME).isPresent()) {
            return new PropRequest(Mode.PROPNAME, Map.of());
        }
        return XmlReader.child(parent, DavNames.PROP).map(PropRequest::ofProp).orElse(ALL);
    }

    public static PropRequest ofProp(Element prop) {
        Map<QName, Element> asked = new LinkedHashMap<>();
        XmlReader.children(prop).forEach(child -> asked.putIfAbsent(XmlReader.name(child), child));
        return new PropRequest(Mode.PROP, asked);
    }

    public boolean asks(QName name) {
        return asked.containsKey(name);
    }

    /**
     * The answer for one resource.
     *
     * @param available every property the resource has
     * @param expensive properties left out of allprop (RFC 4791: calendar-data is never in allprop)
     */
    public Answer answer(Map<QName, PropValue> available, List<QName> expensive) {
        return switch (mode) {
            case PROP -> {
                Map<QName, PropValue> found = new LinkedHashMap<>();
                List<QName> missing = new ArrayList<>();
                for (QName name : asked.keySet()) {
                    PropValue value = available.get(name);
                    if (value == null) {
                        missing.add(name);
                    } else {
                        found.put(name, value);
                    }
                }
                yield new Answer(found, missing);
            }
            case ALLPROP -> {
                Map<QName, PropValue> found = new LinkedHashMap<>(available);
                expensive.forEach(found::remove);
                yield new Answer(found, List.of());
            }
            case PROPNAME -> {
                Map<QName, PropValue> names = new LinkedHashMap<>();
                available.keySet().forEach(name -> names.put(name, PropValue.empty()));
                yield new Answer(names, List.of());
            }
        };
    }

    /** Found properties with their values and asked ones the resource does not have. */
    public record Answer(Map<QName, PropValue> found, List<QName> missing) {
    }
}
