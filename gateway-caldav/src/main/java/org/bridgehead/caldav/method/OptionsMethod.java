package org.bridgehead.caldav.method;

import org.bridgehead.caldav.http.DavResponse;

/**
 * OPTIONS: the DAV classes (RFC 4918 class 1 and 3, RFC 3744 access-control, RFC 4791
 * calendar-access, RFC 6352 addressbook, RFC 6638 calendar-auto-schedule, RFC 5689 extended-mkcol)
 * and the methods. Answered without credentials: it tells nothing about any user.
 */
final class OptionsMethod {

    static final String ALLOW = "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, PROPPATCH, REPORT, MKCOL, MKCALENDAR, POST";
    static final String DAV = "1, 3, access-control, calendar-access, addressbook, calendar-auto-schedule,"
            + " calendar-schedule, extended-mkcol";

    private OptionsMethod() {
    }

    static DavResponse answer() {
        return DavResponse.empty(200).withHeader("DAV", DAV).withHeader("Allow", ALLOW);
    }
}
