package org.bridgehead.simulator.soap;

/**
 * A request that cannot be processed at all; answered with HTTP 500 and a SOAP fault carrying
 * the EWS error code (e.g. ErrorSchemaValidation, ErrorInvalidRequest), as Exchange does.
 */
public class SoapFaultException extends Exception {
    private final String faultCode;
    private final String responseCode;

    /**
     * @param faultCode    "a:ErrorSchemaValidation"-style code or "Client"/"Server"
     * @param responseCode the EWS ResponseCode put in the fault detail
     */
    public SoapFaultException(String faultCode, String responseCode, String message) {
        super(message);
        this.faultCode = faultCode;
        this.responseCode = responseCode;
    }

    public String faultCode() {
        return faultCode;
    }

    public String responseCode() {
        return responseCode;
    }
}
