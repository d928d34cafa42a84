package org.bridgehead.simulator.soap;

import org.bridgehead.simulator.store.Account;
import org.w3c.dom.Element;

/**
 * One authenticated EWS request.
 *
 * @param account        the authenticated user; operations act on this user's mailbox only
 * @param request        the operation element from the SOAP body (namespace-aware DOM)
 * @param requestVersion the RequestServerVersion header's Version, e.g. "Exchange2010_SP2"
 *                       ("Exchange2007_SP1" when absent, as Exchange assumes)
 */
public record EwsCall(Account account, Element request, String requestVersion) {
}
