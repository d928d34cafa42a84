package org.bridgehead.caldav.report;

import javax.xml.namespace.QName;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.method.DavMethod;
import org.bridgehead.caldav.resource.Listings;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.resource.TargetResolver;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.XmlReader;
import org.bridgehead.exchange.BackendException;
import org.w3c.dom.Element;

/** REPORT: the body's root element names the report; each report is its own class. */
public final class ReportMethod implements DavMethod {

    private final CalendarQueryReport calendarQuery;
    private final SyncCollectionReport syncCollection;
    private final AddressbookQueryReport addressbookQuery;

    public ReportMethod(Listings listings) {
        calendarQuery = new CalendarQueryReport(listings);
        syncCollection = new SyncCollectionReport();
        addressbookQuery = new AddressbookQueryReport(listings);
    }

    @Override
    public DavResponse handle(DavRequest request) throws DavException, BackendException {
        Element root = XmlReader.parse(request.body());
        Target target = TargetResolver.resolve(request.path(), request.session());
        QName report = XmlReader.name(root);
        if (report.equals(DavNames.CALENDAR_QUERY)) {
            return calendarQuery.run(request, target, root);
        }
        if (report.equals(DavNames.CALENDAR_MULTIGET) || report.equals(DavNames.ADDRESSBOOK_MULTIGET)) {
            return MultigetReport.run(request, target, root);
        }
        if (report.equals(DavNames.FREE_BUSY_QUERY)) {
            return FreeBusyQueryReport.run(request, target, root);
        }
        if (report.equals(DavNames.SYNC_COLLECTION)) {
            return syncCollection.run(request, target, root);
        }
        if (report.equals(DavNames.ADDRESSBOOK_QUERY)) {
            return addressbookQuery.run(request, target, root);
        }
        throw DavException.forbidden("unsupported report " + report, DavNames.dav("supported-report"));
    }
}
