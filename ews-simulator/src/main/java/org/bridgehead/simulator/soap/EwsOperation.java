package org.bridgehead.simulator.soap;

/**
 * One EWS operation (GetFolder, FindFolder ...). The SOAP layer authenticates, parses the
 * envelope, writes Envelope/Header/Body and calls {@link #execute} to write the body's single
 * child, e.g. {@code <m:GetFolderResponse>} with one response message per request item.
 */
public interface EwsOperation {

    /** The local name of the request element, e.g. "GetFolder". */
    String name();

    /**
     * Writes the response element. Per-item errors become error response messages
     * (ResponseClass="Error" with a ResponseCode); a request that is malformed as a whole throws
     * {@link SoapFaultException}.
     */
    void execute(EwsCall call, XmlWriter out) throws SoapFaultException;
}
