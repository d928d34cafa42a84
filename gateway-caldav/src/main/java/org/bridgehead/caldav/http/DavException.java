package org.bridgehead.caldav.http;

import javax.xml.namespace.QName;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.XmlWriter;

/**
 * A request this server refuses, with the HTTP status and a reason for people; with a precondition,
 * the body is the {@code DAV:error} element naming it (RFC 4918 16), which clients act on.
 */
public final class DavException extends Exception {

    private final int status;
    private final QName precondition;

    public DavException(int status, String reason, QName precondition) {
        super(reason);
        this.status = status;
        this.precondition = precondition;
    }

    public static DavException badRequest(String reason) {
        return new DavException(400, reason, null);
    }

    public static DavException notFound(String reason) {
        return new DavException(404, reason, null);
    }

    public static DavException forbidden(String reason) {
        return new DavException(403, reason, null);
    }

    public static DavException forbidden(String reason, QName precondition) {
        return new DavException(403, reason, precondition);
    }

    public static DavException methodNotAllowed(String reason) {
        return new DavException(405, reason, null);
    }

    public int status() {
        return status;
    }

    public DavResponse toResponse() {
        if (precondition == null) {
            return DavResponse.text(status, getMessage());
        }
        XmlWriter xml = new XmlWriter().start(DavNames.dav("error")).empty(precondition);
        xml.element(new QName("http://bridgehead.org/ns/", "reason"), getMessage());
        return DavResponse.xml(status, xml.end().toBytes());
    }
}
