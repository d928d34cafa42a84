package org.bridgehead.caldav.method;

import java.util.Map;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.report.ReportMethod;
import org.bridgehead.caldav.resource.Listings;
import org.bridgehead.exchange.BackendException;

/** The methods this server answers, wired in one place. */
public final class DavMethods {

    private final Map<String, DavMethod> byName;

    public DavMethods() {
        Listings listings = new Listings();
        GetMethod get = new GetMethod();
        MkcolMethod mkcol = new MkcolMethod();
        byName = Map.of(
                "PROPFIND", new PropfindMethod(listings),
                "PROPPATCH", new ProppatchMethod(),
                "GET", get,
                "HEAD", get,
                "PUT", new PutMethod(),
                "DELETE", new DeleteMethod(),
                "MKCOL", mkcol,
                "MKCALENDAR", mkcol,
                "REPORT", new ReportMethod(listings),
                "POST", new PostMethod());
    }

    public DavResponse options() {
        return OptionsMethod.answer();
    }

    public DavResponse handle(DavRequest request) throws DavException, BackendException {
        DavMethod method = byName.get(request.method());
        if (method == null) {
            return DavResponse.text(405, request.method() + " is not supported here")
                    .withHeader("Allow", OptionsMethod.ALLOW);
        }
        return method.handle(request);
    }
}
