package org.bridgehead.simulator.soap;

/** The XML namespaces of EWS, as Exchange 2016 writes them. */
public final class EwsNamespaces {
    public static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String TYPES = "http://schemas.microsoft.com/exchange/services/2006/types";
    public static final String MESSAGES = "http://schemas.microsoft.com/exchange/services/2006/messages";
    public static final String ERRORS = "http://schemas.microsoft.com/exchange/services/2006/errors";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema";

    private EwsNamespaces() {
    }
}
