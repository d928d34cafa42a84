package org.bridgehead.caldav.property;

import static org.bridgehead.caldav.xml.DavNames.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.bridgehead.caldav.resource.TargetResolver;
import org.bridgehead.caldav.xml.PropValue;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.PimCollection;

/** Properties of collections: calendars, task lists, address books, the scheduling boxes and the directory. */
public final class CollectionProperties {

    private static final QName SUPPORTED_REPORT = dav("supported-report");
    private static final QName REPORT = dav("report");

    private CollectionProperties() {
    }

    /**
     * @param syncToken the collection's RFC 6578 token when the client asked for it, else null
     */
    public static Map<QName, PropValue> of(PimCollection collection, String address, String syncToken) {
        boolean contacts = collection.kind() == CollectionKind.CONTACTS;
        Map<QName, PropValue> props = new LinkedHashMap<>();
        props.put(RESOURCETYPE, PropValue.elements(List.of(COLLECTION, contacts ? ADDRESSBOOK : CALENDAR)));
        props.put(DISPLAYNAME, PropValue.text(collection.displayName()));
        props.put(GETCTAG, PropValue.text(collection.ctag()));
        if (syncToken != null) {
            props.put(SYNC_TOKEN, PropValue.text(syncToken));
        }
        if (contacts) {
            props.put(SUPPORTED_ADDRESS_DATA, CollectionProperties::addressDataTypes);
            props.put(SUPPORTED_REPORT_SET, reports(List.of(ADDRESSBOOK_QUERY, ADDRESSBOOK_MULTIGET, SYNC_COLLECTION)));
        } else {
            String component = collection.kind() == CollectionKind.TASKS ? "VTODO" : "VEVENT";
            props.put(SUPPORTED_CALENDAR_COMPONENT_SET, xml -> xml.emptyWithAttribute(COMP, "name", component));
            props.put(SUPPORTED_CALENDAR_DATA, xml -> xml.emptyWithAttribute(CALENDAR_DATA, "content-type", "text/calendar"));
            props.put(SUPPORTED_REPORT_SET, reports(List.of(CALENDAR_QUERY, CALENDAR_MULTIGET, FREE_BUSY_QUERY,
                    SYNC_COLLECTION)));
        }
        collection.color().ifPresent(color -> props.put(CALENDAR_COLOR, PropValue.text(color)));
        collection.order().ifPresent(order -> props.put(CALENDAR_ORDER, PropValue.text(order.toString())));
        props.put(CURRENT_USER_PRIVILEGE_SET, Privileges.readWrite());
        props.put(OWNER, PropValue.href(TargetResolver.principalHref(address)));
        props.putAll(PrincipalProperties.user(address));
        return props;
    }

    public static Map<QName, PropValue> inbox(String address) {
        return box(address, SCHEDULE_INBOX, "Scheduling inbox", Privileges.inbox(), reports(List.of(CALENDAR_MULTIGET)));
    }

    public static Map<QName, PropValue> outbox(String address) {
        return box(address, SCHEDULE_OUTBOX, "Scheduling outbox", Privileges.outbox(), PropValue.empty());
    }

    /** The directory: a read-only address book that answers searches but lists nobody. */
    public static Map<QName, PropValue> gal(String address) {
        Map<QName, PropValue> props = box(address, ADDRESSBOOK, "Global Address List", Privileges.readOnly(),
                reports(List.of(ADDRESSBOOK_QUERY, ADDRESSBOOK_MULTIGET)));
        props.put(ADDRESSBOOK_DESCRIPTION, PropValue.text("The organisation's directory; search it by name or address"));
        props.put(SUPPORTED_ADDRESS_DATA, CollectionProperties::addressDataTypes);
        return props;
    }

    private static Map<QName, PropValue> box(String address, QName type, String name, PropValue privileges,
            PropValue reports) {
        Map<QName, PropValue> props = new LinkedHashMap<>();
        props.put(RESOURCETYPE, PropValue.elements(List.of(COLLECTION, type)));
        props.put(DISPLAYNAME, PropValue.text(name));
        props.put(CURRENT_USER_PRIVILEGE_SET, privileges);
        props.put(SUPPORTED_REPORT_SET, reports);
        props.put(OWNER, PropValue.href(TargetResolver.principalHref(address)));
        props.putAll(PrincipalProperties.user(address));
        return props;
    }

    private static void addressDataTypes(org.bridgehead.caldav.xml.XmlWriter xml) {
        xml.emptyWithAttribute(ADDRESS_DATA_TYPE, "content-type", "text/vcard");
    }

    private static PropValue reports(List<QName> names) {
        return PropValue.wrapped(SUPPORTED_REPORT, REPORT, names);
    }
}
