package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.XmlWriter;

/**
 * Writes {@code <m:XxxResponse><m:ResponseMessages>} and one {@code <m:XxxResponseMessage>} per
 * request item, with the ResponseClass, MessageText, ResponseCode and DescriptiveLinkKey order
 * Exchange uses.
 */
final class ResponseMessages {
    private final XmlWriter out;
    private final String messageName;

    private ResponseMessages(XmlWriter out, String operation) {
        this.out = out;
        this.messageName = "m:" + operation + "ResponseMessage";
    }

    /** Opens {@code <m:{operation}Response>} with the messages and types namespaces. */
    static ResponseMessages open(XmlWriter out, String operation) {
        out.start("m:" + operation + "Response")
                .attr("xmlns:m", EwsNamespaces.MESSAGES)
                .attr("xmlns:t", EwsNamespaces.TYPES);
        out.start("m:ResponseMessages");
        return new ResponseMessages(out, operation);
    }

    /** As {@link #open}, also declaring the xsi prefix for responses that write xsi:type. */
    static ResponseMessages openDeclaringXsi(XmlWriter out, String operation) {
        out.start("m:" + operation + "Response")
                .attr("xmlns:m", EwsNamespaces.MESSAGES)
                .attr("xmlns:t", EwsNamespaces.TYPES)
                .attr("xmlns:xsi", EwsNamespaces.XSI);
        out.start("m:ResponseMessages");
        return new ResponseMessages(out, operation);
    }

    /** Opens a Success message; the caller writes its content and calls {@link #end()}. */
    XmlWriter success() {
        out.start(messageName).attr("ResponseClass", "Success");
        out.element("m:ResponseCode", "NoError");
        return out;
    }

    /** Opens a Warning message; the caller writes its content and calls {@link #end()}. */
    XmlWriter warning(String code, String text) {
        out.start(messageName).attr("ResponseClass", "Warning");
        out.element("m:MessageText", text).element("m:ResponseCode", code).element("m:DescriptiveLinkKey", 0);
        return out;
    }

    /** Writes a complete Error message. */
    void error(EwsError error) {
        out.start(messageName).attr("ResponseClass", "Error");
        out.element("m:MessageText", error.getMessage())
                .element("m:ResponseCode", error.responseCode())
                .element("m:DescriptiveLinkKey", 0);
        out.end();
    }

    /** Ends the message opened by {@link #success()} or {@link #warning}. */
    void end() {
        out.end();
    }

    /** Ends ResponseMessages and the response element. */
    void close() {
        out.end().end();
    }
}
