package org.bridgehead.caldav.property;

import static org.bridgehead.caldav.xml.DavNames.caldav;
import static org.bridgehead.caldav.xml.DavNames.dav;

import java.util.List;
import javax.xml.namespace.QName;
import org.bridgehead.caldav.xml.PropValue;

/** DAV:current-user-privilege-set values (RFC 3744 5.4): what the user may do with a resource. */
final class Privileges {

    private static final QName PRIVILEGE = dav("privilege");

    private Privileges() {
    }

    static PropValue readWrite() {
        return xml -> List.of(dav("read"), dav("write"), dav("write-properties"), dav("write-content"),
                dav("bind"), dav("unbind"), dav("read-current-user-privilege-set"))
                .forEach(name -> xml.start(PRIVILEGE).empty(name).end());
    }

    static PropValue readOnly() {
        return xml -> List.of(dav("read"), dav("read-current-user-privilege-set"))
                .forEach(name -> xml.start(PRIVILEGE).empty(name).end());
    }

    /** The scheduling inbox: read, delete processed messages, and receive (RFC 6638 6.1). */
    static PropValue inbox() {
        return xml -> List.of(dav("read"), dav("unbind"), caldav("schedule-deliver"),
                dav("read-current-user-privilege-set"))
                .forEach(name -> xml.start(PRIVILEGE).empty(name).end());
    }

    /** The scheduling outbox: POST free/busy requests (RFC 6638 6.2). */
    static PropValue outbox() {
        return xml -> List.of(dav("read"), caldav("schedule-send"), caldav("schedule-query-freebusy"),
                dav("read-current-user-privilege-set"))
                .forEach(name -> xml.start(PRIVILEGE).empty(name).end());
    }
}
