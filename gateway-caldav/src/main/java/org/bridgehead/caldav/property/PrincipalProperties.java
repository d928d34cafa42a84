package org.bridgehead.caldav.property;

import static org.bridgehead.caldav.xml.DavNames.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.bridgehead.caldav.resource.TargetResolver;
import org.bridgehead.caldav.xml.PropValue;

/** Properties of discovery's resources: the root, the user's principal and their home. */
public final class PrincipalProperties {

    private PrincipalProperties() {
    }

    public static Map<QName, PropValue> root(String address) {
        Map<QName, PropValue> props = new LinkedHashMap<>();
        props.put(RESOURCETYPE, PropValue.elements(List.of(COLLECTION)));
        props.put(DISPLAYNAME, PropValue.text("Bridgehead"));
        props.putAll(user(address));
        return props;
    }

    public static Map<QName, PropValue> principal(String address) {
        String home = TargetResolver.homeHref(address);
        Map<QName, PropValue> props = new LinkedHashMap<>();
        props.put(RESOURCETYPE, PropValue.elements(List.of(COLLECTION, PRINCIPAL)));
        props.put(DISPLAYNAME, PropValue.text(address));
        props.put(PRINCIPAL_URL, PropValue.href(TargetResolver.principalHref(address)));
        props.put(CALENDAR_HOME_SET, PropValue.href(home));
        props.put(ADDRESSBOOK_HOME_SET, PropValue.href(home));
        props.put(CALENDAR_USER_ADDRESS_SET,
                PropValue.hrefs(List.of("mailto:" + address, TargetResolver.principalHref(address))));
        props.put(SCHEDULE_INBOX_URL, PropValue.href(home + TargetResolver.INBOX + "/"));
        props.put(SCHEDULE_OUTBOX_URL, PropValue.href(home + TargetResolver.OUTBOX + "/"));
        props.put(CALENDAR_USER_TYPE, PropValue.text("INDIVIDUAL"));
        props.put(dav("group-membership"), PropValue.empty());
        props.put(SUPPORTED_REPORT_SET, PropValue.empty());
        props.putAll(user(address));
        return props;
    }

    public static Map<QName, PropValue> home(String address) {
        Map<QName, PropValue> props = new LinkedHashMap<>();
        props.put(RESOURCETYPE, PropValue.elements(List.of(COLLECTION)));
        props.put(DISPLAYNAME, PropValue.text(address));
        props.put(OWNER, PropValue.href(TargetResolver.principalHref(address)));
        props.put(CURRENT_USER_PRIVILEGE_SET, Privileges.readWrite());
        props.put(SUPPORTED_REPORT_SET, PropValue.empty());
        props.putAll(user(address));
        return props;
    }

    /** What every resource tells about the signed-in user. */
    static Map<QName, PropValue> user(String address) {
        return Map.of(CURRENT_USER_PRINCIPAL, PropValue.href(TargetResolver.principalHref(address)),
                PRINCIPAL_COLLECTION_SET, PropValue.href("/principals/users/"));
    }
}
