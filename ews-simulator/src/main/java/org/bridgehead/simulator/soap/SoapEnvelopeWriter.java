package org.bridgehead.simulator.soap;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * Writes the SOAP 1.1 envelopes Exchange 2016 (15.1.2507.6) sends: a ServerVersionInfo header
 * around each operation response, or a bare fault.
 */
public final class SoapEnvelopeWriter {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private SoapEnvelopeWriter() {
    }

    /**
     * Writes the declaration, envelope, header and the start of the body; the caller writes the
     * body's single operation response element and then calls {@link #endResponse}.
     */
    public static XmlWriter startResponse(Writer out) throws IOException {
        out.write(DECLARATION);
        return startStreamedResponse(out);
    }

    /**
     * As {@link #startResponse} without the XML declaration: the form of each envelope in a
     * streaming response, where clients parse every envelope as a document of its own.
     */
    public static XmlWriter startStreamedResponse(Writer out) {
        XmlWriter xml = new XmlWriter(out);
        xml.start("s:Envelope").attr("xmlns:s", EwsNamespaces.SOAP);
        xml.start("s:Header");
        xml.start("h:ServerVersionInfo")
                .attr("MajorVersion", 15)
                .attr("MinorVersion", 1)
                .attr("MajorBuildNumber", 2507)
                .attr("MinorBuildNumber", 6)
                .attr("Version", "V2017_07_11")
                .attr("xmlns:h", EwsNamespaces.TYPES)
                .attr("xmlns", EwsNamespaces.TYPES)
                .attr("xmlns:xsi", EwsNamespaces.XSI)
                .attr("xmlns:xsd", EwsNamespaces.XSD)
                .end();
        xml.end();
        xml.start("s:Body").attr("xmlns:xsi", EwsNamespaces.XSI).attr("xmlns:xsd", EwsNamespaces.XSD);
        return xml;
    }

    /** Closes what {@link #startResponse} opened. */
    public static void endResponse(XmlWriter xml) {
        xml.end(); // Body
        xml.end(); // Envelope
        xml.flush();
    }

    /** Writes a fault envelope for an exception an operation or the request reader threw. */
    public static void writeFault(Writer out, SoapFaultException fault) throws IOException {
        Consumer<XmlWriter> messageXml = null;
        if (fault instanceof SchemaValidationFault schema) {
            messageXml = xml -> xml
                    .element("t:LineNumber", schema.lineNumber())
                    .element("t:LinePosition", schema.linePosition())
                    .element("t:Violation", schema.violation());
        }
        writeFault(out, fault.faultCode(), fault.responseCode(), fault.getMessage(), messageXml);
    }

    /** Writes the fault Exchange's throttling answers with: ErrorServerBusy and the back-off to respect. */
    public static void writeServerBusy(Writer out, long backOffMillis) throws IOException {
        writeFault(out, "a:ErrorServerBusy", "ErrorServerBusy",
                "The server cannot service this request right now. Try again later.",
                xml -> xml.start("t:Value").attr("Name", "BackOffMilliseconds").text(backOffMillis).end());
    }

    /**
     * @param faultCode  "a:ErrorXxx" (an EWS code, prefix bound to the types namespace) or a SOAP
     *                   code such as "Client" or "Server"
     * @param messageXml writes the children of t:MessageXml; null for none
     */
    private static void writeFault(Writer out, String faultCode, String responseCode, String message,
                                   Consumer<XmlWriter> messageXml) throws IOException {
        out.write(DECLARATION);
        XmlWriter xml = new XmlWriter(out);
        xml.start("s:Envelope").attr("xmlns:s", EwsNamespaces.SOAP);
        xml.start("s:Body").start("s:Fault");
        xml.start("faultcode");
        if (faultCode.startsWith("a:")) {
            xml.attr("xmlns:a", EwsNamespaces.TYPES).text(faultCode);
        } else {
            xml.text("s:" + faultCode);
        }
        xml.end();
        xml.start("faultstring").attr("xml:lang", "en-US").text(message).end();
        xml.start("detail");
        xml.start("e:ResponseCode").attr("xmlns:e", EwsNamespaces.ERRORS).text(responseCode).end();
        xml.start("e:Message").attr("xmlns:e", EwsNamespaces.ERRORS).text(message).end();
        if (messageXml != null) {
            xml.start("t:MessageXml").attr("xmlns:t", EwsNamespaces.TYPES);
            messageXml.accept(xml);
            xml.end();
        }
        xml.end(); // detail
        xml.end().end().end(); // Fault, Body, Envelope
        xml.flush();
    }
}
