package org.bridgehead.simulator.ews;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Runs one operation on a request written as XML (prefixes m: and t: predeclared) and parses the answer. */
final class OperationHarness {
    static final String VERSION = "Exchange2013_SP1";

    private OperationHarness() {
    }

    static Element run(EwsOperation operation, Account account, String requestXml) throws SoapFaultException {
        return run(operation, account, requestXml, VERSION);
    }

    static Element run(EwsOperation operation, Account account, String requestXml, String version)
            throws SoapFaultException {
        Element request = parse("<w xmlns:m=\"" + EwsNamespaces.MESSAGES + "\" xmlns:t=\"" + EwsNamespaces.TYPES
                + "\">" + requestXml + "</w>");
        Element operationElement = Dom.children(request).get(0);
        StringWriter text = new StringWriter();
        operation.execute(new EwsCall(account, operationElement, version), new XmlWriter(text));
        return parse(text.toString());
    }

    static Account account(SimulatorStore store, String address) {
        return store.find(address).orElseThrow();
    }

    static Element parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }

    /** The response messages (m:XxxResponseMessage) of a response. */
    static List<Element> messages(Element response) {
        Element container = Dom.child(response, "ResponseMessages").orElseThrow();
        return Dom.children(container);
    }

    static String responseCode(Element message) {
        return Dom.childText(message, "ResponseCode").orElseThrow();
    }

    static List<Element> all(Element root, String namespace, String localName) {
        NodeList nodes = root.getElementsByTagNameNS(namespace, localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** The text of every t:DisplayName below an element, in document order. */
    static List<String> displayNames(Node root) {
        return all((Element) root, EwsNamespaces.TYPES, "DisplayName").stream().map(Node::getTextContent).toList();
    }

    static Element first(Element root, String localName) {
        List<Element> found = all(root, EwsNamespaces.TYPES, localName);
        if (found.isEmpty()) {
            found = all(root, EwsNamespaces.MESSAGES, localName);
        }
        if (found.isEmpty()) {
            throw new AssertionError("no " + localName + " in response");
        }
        return found.get(0);
    }
}
