package org.bridgehead.simulator.soap;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Turns a request body into a {@link SoapRequest}, or the SOAP fault Exchange would answer. */
public final class SoapRequestReader {
    /** What Exchange assumes when a request names no version. */
    public static final String DEFAULT_VERSION = "Exchange2007_SP1";
    private static final String INVALID_REQUEST = "The request is invalid.";

    private final SecureXml xml = new SecureXml();

    public SoapRequest read(byte[] body) throws SoapFaultException {
        Document document = parse(body);
        Element envelope = document.getDocumentElement();
        if (!isSoap(envelope, "Envelope")) {
            throw invalidRequest();
        }
        String version = DEFAULT_VERSION;
        boolean impersonating = false;
        Element soapBody = null;
        for (Element part : children(envelope)) {
            if (isSoap(part, "Header")) {
                for (Element header : children(part)) {
                    if (isTypes(header, "RequestServerVersion") && header.hasAttribute("Version")) {
                        version = header.getAttribute("Version");
                    } else if (isTypes(header, "ExchangeImpersonation")) {
                        impersonating = true;
                    }
                }
            } else if (isSoap(part, "Body")) {
                soapBody = part;
            }
        }
        if (soapBody == null) {
            throw invalidRequest();
        }
        List<Element> operations = children(soapBody);
        if (operations.size() != 1 || !EwsNamespaces.MESSAGES.equals(operations.get(0).getNamespaceURI())) {
            throw invalidRequest();
        }
        return new SoapRequest(operations.get(0), version, impersonating);
    }

    private Document parse(byte[] body) throws SoapFaultException {
        try {
            return xml.parse(body);
        } catch (SAXParseException e) {
            throw new SchemaValidationFault(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (SAXException e) {
            throw new SchemaValidationFault(0, 0, e.getMessage());
        }
    }

    /** The fault Exchange answers for a request it cannot make sense of (not SOAP, no or unknown operation). */
    public static SoapFaultException invalidRequest() {
        return new SoapFaultException("a:ErrorInvalidRequest", "ErrorInvalidRequest", INVALID_REQUEST);
    }

    private static boolean isSoap(Element e, String localName) {
        return EwsNamespaces.SOAP.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    private static boolean isTypes(Element e, String localName) {
        return EwsNamespaces.TYPES.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
