package org.bridgehead.caldav.xml;

import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/** Builds a 207 Multi-Status body (RFC 4918 13): one response per href, propstats by status. */
public final class Multistatus {

    private final XmlWriter xml = new XmlWriter().start(DavNames.dav("multistatus"));

    /** A resource's properties: those found with 200, the rest of the asked ones with 404. */
    public Multistatus response(String href, Map<QName, PropValue> found, List<QName> missing) {
        xml.start(DavNames.dav("response")).element(DavNames.HREF, href);
        if (!found.isEmpty() || missing.isEmpty()) {
            propstat(found, 200);
        }
        if (!missing.isEmpty()) {
            xml.start(DavNames.dav("propstat")).start(DavNames.PROP);
            missing.forEach(xml::empty);
            xml.end().element(DavNames.dav("status"), statusLine(404)).end();
        }
        xml.end();
        return this;
    }

    /** Property names grouped by the status of their update (PROPPATCH). */
    public Multistatus statuses(String href, Map<Integer, List<QName>> byStatus) {
        xml.start(DavNames.dav("response")).element(DavNames.HREF, href);
        byStatus.forEach((status, names) -> {
            xml.start(DavNames.dav("propstat")).start(DavNames.PROP);
            names.forEach(xml::empty);
            xml.end().element(DavNames.dav("status"), statusLine(status)).end();
        });
        xml.end();
        return this;
    }

    /** A resource answered by a status alone (a removed item in sync-collection, a missing href in multiget). */
    public Multistatus status(String href, int status) {
        xml.start(DavNames.dav("response")).element(DavNames.HREF, href)
                .element(DavNames.dav("status"), statusLine(status)).end();
        return this;
    }

    public Multistatus syncToken(String token) {
        xml.element(DavNames.SYNC_TOKEN, token);
        return this;
    }

    public byte[] finish() {
        return xml.end().toBytes();
    }

    private void propstat(Map<QName, PropValue> found, int status) {
        xml.start(DavNames.dav("propstat")).start(DavNames.PROP);
        found.forEach((name, value) -> {
            xml.start(name);
            value.write(xml);
            xml.end();
        });
        xml.end().element(DavNames.dav("status"), statusLine(status)).end();
    }

    public static String statusLine(int status) {
        return "HTTP/1.1 " + status + " " + switch (status) {
            case 200 -> "OK";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 424 -> "Failed Dependency";
            case 507 -> "Insufficient Storage";
            default -> "Status";
        };
    }
}
