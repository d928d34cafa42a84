package org.bridgehead.simulator.soap;

import org.w3c.dom.Element;

/**
 * A parsed EWS SOAP request.
 *
 * @param operation      the single element of the SOAP body, in the messages namespace
 * @param requestVersion RequestServerVersion/@Version, "Exchange2007_SP1" when absent
 * @param impersonating  true when the header asks to act as another user (ExchangeImpersonation)
 */
public record SoapRequest(Element operation, String requestVersion, boolean impersonating) {

    /** The operation's local name, e.g. "GetFolder". */
    public String operationName() {
        return operation.getLocalName();
    }
}
