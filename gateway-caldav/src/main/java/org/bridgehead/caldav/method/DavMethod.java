package org.bridgehead.caldav.method;

import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.exchange.BackendException;

/** One HTTP method of the DAV server. */
@FunctionalInterface
public interface DavMethod {

    DavResponse handle(DavRequest request) throws DavException, BackendException;
}
